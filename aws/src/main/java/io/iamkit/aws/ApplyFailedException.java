package io.iamkit.aws;

import io.iamkit.IamkitException;
import io.iamkit.Problem;
import java.util.List;

/**
 * An apply gave up. It says what was done and what was not, so a person knows the account's state;
 * applying the same spec again continues from there (every step is idempotent).
 */
public final class ApplyFailedException extends IamkitException {

    private static final long serialVersionUID = 1L;

    private final transient List<Change> done;
    private final transient Change failed;
    private final transient List<Change> alsoFailed;
    private final transient List<Change> notDone;
    private final List<String> notStarted;

    ApplyFailedException(List<Change> done, Change failed, List<Change> notDone, List<String> notStarted, Throwable cause) {
        this(done, failed, List.of(), notDone, notStarted, cause);
    }

    ApplyFailedException(List<Change> done, Change failed, List<Change> alsoFailed, List<Change> notDone, List<String> notStarted,
                         Throwable cause) {
        super(problem(done, failed, alsoFailed, notDone, notStarted, cause), cause);
        this.done = List.copyOf(done);
        this.failed = failed;
        this.alsoFailed = List.copyOf(alsoFailed);
        this.notDone = List.copyOf(notDone);
        this.notStarted = List.copyOf(notStarted);
    }

    /** The changes made before giving up. */
    public List<Change> done() {
        return done;
    }

    /** The change that failed (it may or may not have taken effect), or null when reading the account failed. */
    public Change failed() {
        return failed;
    }

    /**
     * Changes that failed at the same time as {@link #failed()}, in other roles or policies worked
     * on in parallel; like it, each may or may not have taken effect.
     */
    public List<Change> alsoFailed() {
        return alsoFailed;
    }

    /** Planned changes not made. */
    public List<Change> notDone() {
        return notDone;
    }

    /** Roles and policies not yet read, so their changes are not known. */
    public List<String> notStarted() {
        return notStarted;
    }

    private static Problem problem(List<Change> done, Change failed, List<Change> alsoFailed, List<Change> notDone,
                                   List<String> notStarted, Throwable cause) {
        StringBuilder sb = new StringBuilder("apply stopped: ");
        sb.append(failed != null ? failed.summary() + " (" + failed.operation() + ") failed"
                        : cause instanceof InterruptedException ? "interrupted" : "reading the account failed")
                .append(": ").append(cause == null ? "" : cause.getMessage()).append(". ");
        sb.append("Done (").append(done.size()).append("): ");
        done.forEach(c -> sb.append("\n    + ").append(c.target()).append(' ').append(c.summary()));
        sb.append("\n  Not done (").append(notDone.size() + alsoFailed.size() + (failed == null ? 0 : 1)).append("): ");
        if (failed != null) {
            sb.append("\n    ? ").append(failed.target()).append(' ').append(failed.summary()).append(" (may or may not have taken effect)");
        }
        alsoFailed.forEach(c -> sb.append("\n    ? ").append(c.target()).append(' ').append(c.summary())
                .append(" (also failed; may or may not have taken effect)"));
        notDone.forEach(c -> sb.append("\n    - ").append(c.target()).append(' ').append(c.summary()));
        if (!notStarted.isEmpty()) {
            sb.append("\n  Not read yet: ").append(notStarted);
        }
        sb.append("\n  Apply the same spec again to finish: it continues from what is done.");
        String target = failed != null ? failed.target() : notStarted.isEmpty() ? "" : notStarted.get(0);
        return Problem.error("aws.apply-incomplete", target, sb.toString());
    }
}
