package io.iamkit.aws;

import io.iamkit.role.Role;
import io.iamkit.spec.IamSpec;
import io.iamkit.spec.Ownership;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * Plans, applies and detects drift of an {@link IamSpec} against an account.
 *
 * <pre>{@code
 * IamApplier applier = IamApplier.builder().iam(iam).sts(sts).parallelism(4).build();
 * Plan plan = applier.plan(spec);          // reads only
 * ApplyResult r = applier.apply(spec);     // a second apply makes zero writes
 * }</pre>
 *
 * <p>Customer managed policies are applied first (all of them, in parallel), then roles (in
 * parallel, each role's changes in order: create, updates, additions, removals). A no-op plan of a
 * role costs GetRole, ListAttachedRolePolicies, ListRolePolicies and one GetRolePolicy per declared
 * inline policy that exists; of a managed policy GetPolicy and GetPolicyVersion; plus one STS
 * GetCallerIdentity when the spec has templates or managed policies. Thread-safe; every call to
 * plan or apply counts its own calls.
 */
public final class IamApplier {

    private final IamClient iam;
    private final StsClient sts;
    private final Ownership mode;
    private final ProgressListener listener;
    private final int parallelism;
    private final RetryPolicy retryPolicy;
    private final boolean repairBrokenTrust;
    private final CallerIdentity identity;

    private IamApplier(Builder b) {
        this.iam = Objects.requireNonNull(b.iam, "an IamClient is required: IamApplier.builder().iam(client)");
        this.sts = b.sts;
        this.mode = b.mode;
        this.listener = b.listener;
        this.parallelism = b.parallelism;
        this.retryPolicy = b.retryPolicy;
        this.repairBrokenTrust = b.repairBrokenTrust;
        this.identity = b.identity;
    }

    /** A builder; {@link Builder#iam(IamClient)} is required, everything else has a default. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this applier's settings, to derive another (say, exclusive) from it. */
    public Builder toBuilder() {
        return new Builder().iam(iam).sts(sts).mode(mode).listener(listener).parallelism(parallelism)
                .retryPolicy(retryPolicy).repairBrokenTrust(repairBrokenTrust).identity(identity);
    }

    /** An applier configured in one expression: {@code IamApplier.of(b -> b.iam(iam).sts(sts))}. */
    public static IamApplier of(Consumer<Builder> spec) {
        Builder b = builder();
        spec.accept(b);
        return b.build();
    }

    /** Reads the account and returns the changes an apply would make. Makes no writes. */
    public Plan plan(IamSpec spec) {
        ApplyRun run = new ApplyRun(settings(), false);
        List<WorkUnit> units = run.execute(spec);
        return new Plan(ApplyRun.collect(units, u -> u.planned), ApplyRun.notes(units), run.counts(), run.identity());
    }

    /** {@link #plan(IamSpec)} of these roles, additive. */
    public Plan plan(Role... roles) {
        return plan(IamSpec.of(roles));
    }

    /**
     * Makes the account match the spec.
     *
     * @throws ApplyFailedException when a change fails after every retry; it lists what was done and what was not
     * @throws IamkitException      when the spec cannot be applied as declared (before any write)
     */
    public ApplyResult apply(IamSpec spec) {
        ApplyRun run = new ApplyRun(settings(), true);
        List<WorkUnit> units = run.execute(spec);
        return new ApplyResult(ApplyRun.collect(units, u -> u.done), ApplyRun.notes(units), run.counts());
    }

    /** {@link #apply(IamSpec)} of these roles, additive. */
    public ApplyResult apply(Role... roles) {
        return apply(IamSpec.of(roles));
    }

    private ApplyRun.Settings settings() {
        return new ApplyRun.Settings(iam, sts, mode, listener, parallelism, retryPolicy, repairBrokenTrust, identity);
    }

    /** How the account differs from the spec; changes nothing. */
    public DriftReport detectDrift(IamSpec spec) {
        Plan plan = plan(spec);
        return new DriftReport(plan.changes(), plan.notes(), plan.calls());
    }

    public static final class Builder {
        private IamClient iam;
        private StsClient sts;
        private Ownership mode;
        private ProgressListener listener = ProgressListener.NONE;
        private int parallelism = 4;
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private boolean repairBrokenTrust;
        private CallerIdentity identity;

        private Builder() {
        }

        /** The IAM client; any implementation (the SDK's, or an in-memory fake). Required. */
        public Builder iam(IamClient iam) {
            this.iam = iam;
            return this;
        }

        /** The STS client for GetCallerIdentity, needed by specs with templates or managed policies. */
        public Builder sts(StsClient sts) {
            this.sts = sts;
            return this;
        }

        /** Overrides the spec's ownership for every role ({@code apply --exclusive}); null keeps the spec's. */
        public Builder mode(Ownership mode) {
            this.mode = mode;
            return this;
        }

        /** Told of every unit's plan, each change made and each unit finished; called from worker threads. */
        public Builder listener(ProgressListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /** How many roles (or policies) are read and changed at once; default 4. IAM throttles account-wide. */
        public Builder parallelism(int parallelism) {
            if (parallelism < 1) {
                throw new IllegalArgumentException("parallelism must be at least 1, not " + parallelism);
            }
            this.parallelism = parallelism;
            return this;
        }

        /** iamkit's own retries: transient failures the client did not retry, and IAM's eventual consistency. */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        /** {@link #retryPolicy(RetryPolicy)} built in place. */
        public Builder retryPolicy(Consumer<RetryPolicy.Builder> spec) {
            return retryPolicy(RetryPolicy.of(spec));
        }

        /**
         * Re-applies a trust policy even when IAM shows it broken (a trusted principal deleted and
         * recreated). Off by default: a broken trust is reported, because re-trusting a new
         * principal of the same name is a decision for a person.
         */
        public Builder repairBrokenTrust(boolean repair) {
            this.repairBrokenTrust = repair;
            return this;
        }

        /** The account and partition for templates, instead of asking STS. */
        public Builder identity(CallerIdentity identity) {
            this.identity = identity;
            return this;
        }

        public IamApplier build() {
            return new IamApplier(this);
        }
    }
}
