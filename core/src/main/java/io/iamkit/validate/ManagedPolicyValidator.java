package io.iamkit.validate;

import io.iamkit.role.ManagedPolicy;
import java.util.Objects;

/**
 * Checks a customer {@link ManagedPolicy}: name, path, description, tags, and its document as an
 * identity policy of at most {@value Quotas#MANAGED_POLICY_SIZE} characters (whitespace excluded).
 * Locations use CloudFormation's property names: {@code managed policy deploy /ManagedPolicyName},
 * {@code managed policy deploy /Statement/1/Action}.
 */
public final class ManagedPolicyValidator {

    private ManagedPolicyValidator() {
    }

    public static ValidationResult validate(ManagedPolicy policy) {
        return validate(policy, Quotas.defaults());
    }

    public static ValidationResult validate(ManagedPolicy policy, Quotas quotas) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(quotas, "quotas");
        String owner = Locations.managedPolicy(policy.name());
        Findings f = new Findings(owner);
        AttributeChecker.name(policy.name(), "policyName", Quotas.POLICY_NAME_LENGTH, Codes.POLICY_NAME, "/ManagedPolicyName", f);
        AttributeChecker.path(policy.path(), "/Path", f);
        AttributeChecker.description(policy.description(), "/Description", f);
        AttributeChecker.tags(policy.tags(), "/Tags", f);
        f.addAll(PolicyValidator.validate(policy.document(), PolicyKind.IDENTITY, quotas, owner).problems());
        PolicyValidator.sizeOf(policy.document()).ifPresent(size -> {
            if (size > Quotas.MANAGED_POLICY_SIZE) {
                f.error(Codes.POLICY_SIZE, "/PolicyDocument", "Cannot exceed quota for PolicySize: " + Quotas.MANAGED_POLICY_SIZE
                        + " — the document is " + size + " characters, whitespace excluded; split it into two policies");
            }
        });
        return f.result();
    }
}
