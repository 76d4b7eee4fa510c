package io.iamkit.testkit;

/**
 * The IAM quotas a fake account enforces and reports through GetAccountSummary. The defaults are
 * AWS's defaults for a new account; raise one to model an account whose quota was increased.
 *
 * @param rolesPerAccount         {@code RolesQuota}
 * @param policiesPerAccount      {@code PoliciesQuota}, customer managed policies
 * @param instanceProfiles        {@code InstanceProfilesQuota}
 * @param attachedPoliciesPerRole {@code AttachedPoliciesPerRoleQuota}
 * @param assumeRolePolicySize    {@code AssumeRolePolicySizeQuota}, characters without whitespace
 * @param rolePolicySize          {@code RolePolicySizeQuota}: all inline policies of a role together
 * @param policySize              {@code PolicySizeQuota}: one managed policy version
 * @param versionsPerPolicy       {@code VersionsPerPolicyQuota}; AWS does not raise it
 */
public record AccountQuotas(int rolesPerAccount, int policiesPerAccount, int instanceProfiles,
                            int attachedPoliciesPerRole, int assumeRolePolicySize, int rolePolicySize,
                            int policySize, int versionsPerPolicy) {

    /** A new AWS account's quotas. */
    public static final AccountQuotas DEFAULTS = new AccountQuotas(1000, 1500, 1000, 10, 2048, 10240, 6144, 5);

    public AccountQuotas {
        if (rolesPerAccount < 1 || policiesPerAccount < 1 || instanceProfiles < 1 || attachedPoliciesPerRole < 1
                || assumeRolePolicySize < 1 || rolePolicySize < 1 || policySize < 1 || versionsPerPolicy < 1) {
            throw new IllegalArgumentException("quotas must be positive");
        }
    }

    public AccountQuotas withAttachedPoliciesPerRole(int n) {
        return new AccountQuotas(rolesPerAccount, policiesPerAccount, instanceProfiles, n, assumeRolePolicySize, rolePolicySize, policySize, versionsPerPolicy);
    }

    public AccountQuotas withAssumeRolePolicySize(int n) {
        return new AccountQuotas(rolesPerAccount, policiesPerAccount, instanceProfiles, attachedPoliciesPerRole, n, rolePolicySize, policySize, versionsPerPolicy);
    }

    public AccountQuotas withRolesPerAccount(int n) {
        return new AccountQuotas(n, policiesPerAccount, instanceProfiles, attachedPoliciesPerRole, assumeRolePolicySize, rolePolicySize, policySize, versionsPerPolicy);
    }
}
