package io.iamkit.testkit;

/**
 * Thrown by the fake after it has applied a write, when {@link Faults.Builder#crashAfterCall(int)}
 * says so: the effect of a process dying between IAM's answer and the caller's next step. The write
 * is in the fake's state; the caller never saw the answer. Deliberately not an SDK exception, so no
 * retry policy swallows it.
 */
public final class SimulatedCrash extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long call;

    public SimulatedCrash(long call, String operation) {
        super("simulated crash after call " + call + " (" + operation + "): the write was applied, its answer lost");
        this.call = call;
    }

    /** The 1-based number of the call after which the crash happened. */
    public long call() {
        return call;
    }
}
