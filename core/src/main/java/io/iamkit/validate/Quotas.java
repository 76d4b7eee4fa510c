package io.iamkit.validate;

import io.iamkit.IamkitException;
import io.iamkit.Problem;
import java.util.function.Consumer;

/**
 * The IAM and AWS Organizations quotas validation checks against. {@link #defaults()} are AWS's
 * defaults; the two quotas AWS lets an account raise can be raised with the builder, up to AWS's
 * maximum. An account's actual values are in {@code GetAccountSummary}
 * ({@code AssumeRolePolicySizeQuota}, {@code AttachedPoliciesPerRoleQuota}).
 *
 * @param trustPolicySize        characters of a role trust policy, whitespace excluded: 2,048 by
 *                               default, raisable up to {@link #MAX_TRUST_POLICY_SIZE}
 * @param managedPoliciesPerRole managed policies attached to one role: 10 by default, raisable up to
 *                               {@link #MAX_MANAGED_POLICIES_PER_ROLE}
 */
public record Quotas(int trustPolicySize, int managedPoliciesPerRole) {

    public static final int DEFAULT_TRUST_POLICY_SIZE = 2_048;
    /**
     * The largest trust policy quota AWS grants on request. Uncertain: older AWS documentation says
     * 4,096, newer sources 8,192; iamkit accepts the larger so as not to reject a real account's quota.
     */
    public static final int MAX_TRUST_POLICY_SIZE = 8_192;
    public static final int DEFAULT_MANAGED_POLICIES_PER_ROLE = 10;
    /** AWS's documented maximum after a quota increase (newer sources mention 25; uncertain). */
    public static final int MAX_MANAGED_POLICIES_PER_ROLE = 20;
    /** All inline policies of one role together; not raisable. */
    public static final int INLINE_POLICY_SIZE_PER_ROLE = 10_240;
    /** One customer managed policy document (also a permissions boundary); not raisable. */
    public static final int MANAGED_POLICY_SIZE = 6_144;
    /** A session policy passed to AssumeRole, as plain text. */
    public static final int SESSION_POLICY_SIZE = 2_048;
    /** An SCP or RCP; AWS Organizations counts every character, whitespace included. */
    public static final int ORGANIZATIONS_POLICY_SIZE = 5_120;
    public static final int TAGS_PER_RESOURCE = 50;
    public static final int TAG_KEY_LENGTH = 128;
    public static final int TAG_VALUE_LENGTH = 256;
    public static final int ROLE_NAME_LENGTH = 64;
    public static final int POLICY_NAME_LENGTH = 128;
    public static final int PATH_LENGTH = 512;
    public static final int DESCRIPTION_LENGTH = 1_000;
    public static final int MIN_MAX_SESSION_SECONDS = 3_600;
    public static final int MAX_MAX_SESSION_SECONDS = 43_200;

    private static final Quotas DEFAULTS = new Quotas(DEFAULT_TRUST_POLICY_SIZE, DEFAULT_MANAGED_POLICIES_PER_ROLE);

    /** Rejects values outside what AWS grants, so a typo cannot silently switch a check off. */
    public Quotas {
        check("trustPolicySize", trustPolicySize, DEFAULT_TRUST_POLICY_SIZE, MAX_TRUST_POLICY_SIZE);
        check("managedPoliciesPerRole", managedPoliciesPerRole, DEFAULT_MANAGED_POLICIES_PER_ROLE, MAX_MANAGED_POLICIES_PER_ROLE);
    }

    private static void check(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IamkitException(Problem.error(Codes.QUOTAS_RANGE, "quotas " + name,
                    name + " is " + value + "; AWS allows " + min + " (the default) up to " + max));
        }
    }

    /** AWS's default quotas. */
    public static Quotas defaults() {
        return DEFAULTS;
    }

    public static Builder builder() {
        return new Builder(DEFAULTS);
    }

    public static Quotas of(Consumer<Builder> spec) {
        Builder b = builder();
        spec.accept(b);
        return b.build();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public static final class Builder {
        private int trustPolicySize;
        private int managedPoliciesPerRole;

        private Builder(Quotas from) {
            trustPolicySize = from.trustPolicySize;
            managedPoliciesPerRole = from.managedPoliciesPerRole;
        }

        /** A raised trust policy size ({@code AssumeRolePolicySizeQuota}). */
        public Builder trustPolicySize(int characters) {
            this.trustPolicySize = characters;
            return this;
        }

        /** A raised attachment quota ({@code AttachedPoliciesPerRoleQuota}). */
        public Builder managedPoliciesPerRole(int count) {
            this.managedPoliciesPerRole = count;
            return this;
        }

        /** @throws IamkitException when a value is below AWS's default or above its maximum */
        public Quotas build() {
            return new Quotas(trustPolicySize, managedPoliciesPerRole);
        }
    }
}
