package io.iamkit.aws;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/** Runs one IAM call under a {@link RetryPolicy}. */
final class Retrier {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Retrier.class);

    /** Decides, from a failure, whether the call had in fact already taken effect. */
    @FunctionalInterface
    interface DoneCheck {
        boolean alreadyDone(RuntimeException failure);

        DoneCheck NEVER = f -> false;
    }

    private final RetryPolicy policy;

    Retrier(RetryPolicy policy) {
        this.policy = policy;
    }

    RetryPolicy policy() {
        return policy;
    }

    /**
     * Calls {@code op} until it succeeds, a failure counts as done, or retrying is exhausted.
     *
     * @param waitForEntity true when the call names something created moments ago, so that
     *                      {@code NoSuchEntity} is IAM's propagation delay rather than an answer
     * @return the result, or null when {@code done} said a failure meant the call had taken effect
     */
    <T> T call(Supplier<T> op, boolean waitForEntity, DoneCheck done) {
        return call(op, waitForEntity ? Failures::noSuchEntity : e -> false, done);
    }

    /**
     * As {@link #call(Supplier, boolean, DoneCheck)}, with {@code propagating} deciding which
     * {@code NoSuchEntity} failures are IAM catching up (say, only the one naming a role created
     * moments ago, not one naming a policy ARN that is simply wrong).
     */
    <T> T call(Supplier<T> op, java.util.function.Predicate<RuntimeException> propagating, DoneCheck done) {
        Instant start = policy.clock().instant();
        int transientAttempts = 0;
        while (true) {
            try {
                return op.get();
            } catch (RuntimeException e) {
                if (done.alreadyDone(e)) {
                    return null;
                }
                if (Failures.isTransient(e) && !Failures.retriedByClient(e) && ++transientAttempts < policy.maxAttempts()) {
                    Duration wait = backoff(transientAttempts);
                    LOG.debug("retrying in {} after attempt {}: {}", wait, transientAttempts, Failures.code(e));
                    sleep(wait);
                    continue;
                }
                boolean propagation = Failures.isPropagation(e) || (Failures.noSuchEntity(e) && propagating.test(e));
                if (propagation && elapsed(start).compareTo(policy.consistencyTimeout()) < 0) {
                    LOG.debug("waiting for IAM to propagate ({}): {}", Failures.code(e), Failures.message(e));
                    sleep(policy.consistencyDelay());
                    continue;
                }
                throw e;
            }
        }
    }

    <T> T call(Supplier<T> op) {
        return call(op, false, DoneCheck.NEVER);
    }

    private Duration elapsed(Instant start) {
        return Duration.between(start, policy.clock().instant());
    }

    /** Full jitter: a random wait up to an exponentially growing ceiling, so parallel callers spread out. */
    private Duration backoff(int attempt) {
        long ceiling = policy.baseDelay().toMillis() << Math.min(attempt - 1, 20);
        ceiling = Math.min(ceiling, policy.maxDelay().toMillis());
        return Duration.ofMillis(ceiling <= 0 ? 0 : ThreadLocalRandom.current().nextLong(ceiling + 1));
    }

    private void sleep(Duration d) {
        try {
            policy.sleeper().sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry an IAM call", e);
        }
    }
}
