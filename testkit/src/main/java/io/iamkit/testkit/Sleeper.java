package io.iamkit.testkit;

import java.time.Duration;

/**
 * How the fake waits when a fault adds latency. The default sleeps for real; tests pass one that
 * advances a {@link MutableClock} instead, so injected latency costs no wall time.
 */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration);

    /** Sleeps the calling thread; an interrupt ends the wait early and keeps the interrupt flag. */
    static Sleeper real() {
        return d -> {
            try {
                Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    /** Waits by moving {@code clock} forward: deterministic, instant. */
    static Sleeper advancing(MutableClock clock) {
        return clock::advance;
    }
}
