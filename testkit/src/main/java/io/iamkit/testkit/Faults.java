package io.iamkit.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What goes wrong, on purpose, and how often. Every random choice comes from {@link #seed()}, so a
 * run with the same seed and the same sequence of calls fails in the same places.
 *
 * <pre>{@code
 * FakeIam iam = FakeIam.builder()
 *     .faults(f -> f.seed(7).throttlingRate(0.2).eventualConsistency(3, Duration.ZERO))
 *     .build();
 * }</pre>
 *
 * @param seed                   seeds the random faults
 * @param throttlingRate         chance (0–1) that a call fails with {@code Throttling} (400, "Rate exceeded") before it runs
 * @param serviceFailureRate     chance (0–1) that a call fails with {@code ServiceFailure} (500) before it runs
 * @param latency                added to every call, through the fake's {@link Sleeper}
 * @param staleReads             after a create, this many reads of the new entity still miss it
 * @param staleWindow            after a create, reads miss the new entity until this much time has passed on the fake's clock;
 *                               until then a new role is also an invalid principal in trust policies
 * @param crashAfterCall         when positive, the fake throws {@link SimulatedCrash} after applying the call with this 1-based number (counted from when the faults were set)
 * @param scripted               failures for named operations, consumed in order
 */
public record Faults(long seed, double throttlingRate, double serviceFailureRate, Duration latency,
                     int staleReads, Duration staleWindow, long crashAfterCall, List<ScriptedFailure> scripted) {

    /** No faults at all: the default. */
    public static final Faults NONE = builder().build();

    public Faults {
        Objects.requireNonNull(latency, "latency");
        Objects.requireNonNull(staleWindow, "staleWindow");
        if (throttlingRate < 0 || throttlingRate > 1 || serviceFailureRate < 0 || serviceFailureRate > 1) {
            throw new IllegalArgumentException("fault rates are probabilities between 0 and 1");
        }
        if (staleReads < 0 || latency.isNegative() || staleWindow.isNegative()) {
            throw new IllegalArgumentException("stale reads, latency and stale window cannot be negative");
        }
        scripted = List.copyOf(scripted);
    }

    /**
     * One scripted failure: the next {@code times} calls of {@code operation} (such as {@code CreateRole},
     * or {@code *} for any) fail with {@code errorCode} ({@code Throttling}, {@code ServiceFailure},
     * {@code ConcurrentModification}, {@code NoSuchEntity}, …) before they run.
     */
    public record ScriptedFailure(String operation, String errorCode, int times) {
        public ScriptedFailure {
            Objects.requireNonNull(operation, "operation");
            Objects.requireNonNull(errorCode, "errorCode");
            if (times < 1) {
                throw new IllegalArgumentException("times must be at least 1");
            }
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Faults of(Consumer<Builder> spec) {
        Builder b = builder();
        spec.accept(b);
        return b.build();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** True when the faults make reads of new entities miss them for a while. */
    public boolean eventuallyConsistent() {
        return staleReads > 0 || !staleWindow.isZero();
    }

    public static final class Builder {
        private long seed = 1;
        private double throttlingRate;
        private double serviceFailureRate;
        private Duration latency = Duration.ZERO;
        private int staleReads;
        private Duration staleWindow = Duration.ZERO;
        private long crashAfterCall;
        private final List<ScriptedFailure> scripted = new ArrayList<>();

        private Builder() {
        }

        private Builder(Faults f) {
            seed = f.seed;
            throttlingRate = f.throttlingRate;
            serviceFailureRate = f.serviceFailureRate;
            latency = f.latency;
            staleReads = f.staleReads;
            staleWindow = f.staleWindow;
            crashAfterCall = f.crashAfterCall;
            scripted.addAll(f.scripted);
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Builder throttlingRate(double rate) {
            this.throttlingRate = rate;
            return this;
        }

        public Builder serviceFailureRate(double rate) {
            this.serviceFailureRate = rate;
            return this;
        }

        public Builder latency(Duration latency) {
            this.latency = latency;
            return this;
        }

        /**
         * New entities are missed by the next {@code reads} reads, or until {@code window} has passed,
         * whichever lasts longer. As principals (named in a trust policy, assumed through STS) new roles
         * propagate with time alone: they are invalid until {@code window} has passed, however many
         * reads are left.
         */
        public Builder eventualConsistency(int reads, Duration window) {
            this.staleReads = reads;
            this.staleWindow = window;
            return this;
        }

        public Builder crashAfterCall(long call) {
            this.crashAfterCall = call;
            return this;
        }

        public Builder failNext(String operation, String errorCode, int times) {
            scripted.add(new ScriptedFailure(operation, errorCode, times));
            return this;
        }

        public Faults build() {
            return new Faults(seed, throttlingRate, serviceFailureRate, latency, staleReads, staleWindow, crashAfterCall, scripted);
        }
    }
}
