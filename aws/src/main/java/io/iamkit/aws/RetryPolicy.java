package io.iamkit.aws;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How hard the applier tries before giving up, on top of the SDK's own retries.
 *
 * <p>Two kinds of failure are retried here:
 * <ul>
 *   <li>transient ones (throttling, HTTP 5xx, I/O), up to {@code maxAttempts} with exponential
 *       backoff and full jitter, for clients whose own retry strategy gave up or has none (such as
 *       an in-memory fake); configure real clients with {@link IamkitRetry#clientOverride()};</li>
 *   <li>IAM's eventual consistency: {@code MalformedPolicyDocument "Invalid principal in policy"},
 *       {@code ConcurrentModification}, and {@code NoSuchEntity} just after iamkit created the
 *       entity, retried every {@code consistencyDelay} until {@code consistencyTimeout} has passed
 *       (AWS suggests about two minutes).</li>
 * </ul>
 *
 * @param maxAttempts        attempts per call for transient failures, at least 1
 * @param baseDelay          the first backoff ceiling; doubled each attempt
 * @param maxDelay           the largest backoff ceiling
 * @param consistencyTimeout how long to wait for IAM's eventual consistency
 * @param consistencyDelay   the wait between eventual-consistency retries
 * @param clock              measures the consistency timeout
 * @param sleeper            waits
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Duration consistencyTimeout,
                          Duration consistencyDelay, Clock clock, Sleeper sleeper) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, not " + maxAttempts);
        }
        Objects.requireNonNull(baseDelay, "baseDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        Objects.requireNonNull(consistencyTimeout, "consistencyTimeout");
        Objects.requireNonNull(consistencyDelay, "consistencyDelay");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(sleeper, "sleeper");
    }

    /** Eight attempts from 100 ms up to 20 s; two minutes for eventual consistency, polled every second. */
    public static RetryPolicy defaults() {
        return builder().build();
    }

    /** No retries at all: every failure surfaces at once. */
    public static RetryPolicy none() {
        return builder().maxAttempts(1).consistencyTimeout(Duration.ZERO).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static RetryPolicy of(Consumer<Builder> spec) {
        Builder b = builder();
        spec.accept(b);
        return b.build();
    }

    public Builder toBuilder() {
        return new Builder().maxAttempts(maxAttempts).baseDelay(baseDelay).maxDelay(maxDelay)
                .consistencyTimeout(consistencyTimeout).consistencyDelay(consistencyDelay).clock(clock).sleeper(sleeper);
    }

    public static final class Builder {
        private int maxAttempts = 8;
        private Duration baseDelay = Duration.ofMillis(100);
        private Duration maxDelay = Duration.ofSeconds(20);
        private Duration consistencyTimeout = Duration.ofMinutes(2);
        private Duration consistencyDelay = Duration.ofSeconds(1);
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.SYSTEM;

        private Builder() {
        }

        public Builder maxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
            return this;
        }

        public Builder baseDelay(Duration baseDelay) {
            this.baseDelay = baseDelay;
            return this;
        }

        public Builder maxDelay(Duration maxDelay) {
            this.maxDelay = maxDelay;
            return this;
        }

        public Builder consistencyTimeout(Duration timeout) {
            this.consistencyTimeout = timeout;
            return this;
        }

        public Builder consistencyDelay(Duration delay) {
            this.consistencyDelay = delay;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = sleeper;
            return this;
        }

        public RetryPolicy build() {
            return new RetryPolicy(maxAttempts, baseDelay, maxDelay, consistencyTimeout, consistencyDelay, clock, sleeper);
        }
    }
}
