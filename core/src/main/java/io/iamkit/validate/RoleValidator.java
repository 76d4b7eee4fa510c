package io.iamkit.validate;

import io.iamkit.policy.PolicyDocument;
import io.iamkit.role.InlinePolicy;
import io.iamkit.role.Role;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Checks a {@link Role} against IAM: its name, path, description, maximum session, boundary, tags,
 * trust policy, attachments and inline policies, with every problem in one pass. Role attributes are
 * located by their CloudFormation property names ({@code role app /MaxSessionDuration}); policies by
 * owner and JSON pointer ({@code role app trust policy /Statement/0/Principal},
 * {@code role app inline policy read /Statement/2/Condition/StringEquals/aws:SourceAccount}).
 */
public final class RoleValidator {

    private RoleValidator() {
    }

    public static ValidationResult validate(Role role) {
        return validate(role, Quotas.defaults());
    }

    public static ValidationResult validate(Role role, Quotas quotas) {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(quotas, "quotas");
        String owner = Locations.role(role.name());
        Findings f = new Findings(owner);
        AttributeChecker.name(role.name(), "roleName", Quotas.ROLE_NAME_LENGTH, Codes.ROLE_NAME, "/RoleName", f);
        AttributeChecker.path(role.path(), "/Path", f);
        AttributeChecker.description(role.description(), "/Description", f);
        maxSession(role.maxSessionDuration(), f);
        if (role.permissionsBoundary() != null && !AttributeChecker.isPolicyArn(role.permissionsBoundary())) {
            f.error(Codes.ROLE_BOUNDARY, "/PermissionsBoundary", "ARN " + Findings.quote(role.permissionsBoundary())
                    + " is not valid. — a permissions boundary is a managed policy ARN, such as arn:aws:iam::111122223333:policy/boundary");
        }
        AttributeChecker.tags(role.tags(), "/Tags", f);
        if (role.trustPolicy() == null) {
            f.error(Codes.ROLE_TRUST_MISSING, "/AssumeRolePolicyDocument", AttributeChecker.constraint(null,
                    "assumeRolePolicyDocument", "Member must not be null") + " — every role needs a trust policy; use .trust(…)");
        } else {
            f.addAll(PolicyValidator.validate(role.trustPolicy(), PolicyKind.TRUST, quotas, Locations.trustPolicy(role.name())).problems());
        }
        attachments(role.managedPolicyArns(), quotas, f);
        inline(role, f);
        return f.result();
    }

    private static void maxSession(Duration d, Findings f) {
        if (d == null) {
            return;
        }
        long s = d.getSeconds();
        if (d.getNano() != 0) {
            f.error(Codes.ROLE_MAX_SESSION, "/MaxSessionDuration", "the maximum session duration " + d
                    + " is not a whole number of seconds; IAM counts seconds");
        } else if (s < Quotas.MIN_MAX_SESSION_SECONDS) {
            f.error(Codes.ROLE_MAX_SESSION, "/MaxSessionDuration", AttributeChecker.constraint(Long.toString(s), "maxSessionDuration",
                    "Member must have value greater than or equal to " + Quotas.MIN_MAX_SESSION_SECONDS) + " — one hour at least");
        } else if (s > Quotas.MAX_MAX_SESSION_SECONDS) {
            f.error(Codes.ROLE_MAX_SESSION, "/MaxSessionDuration", AttributeChecker.constraint(Long.toString(s), "maxSessionDuration",
                    "Member must have value less than or equal to " + Quotas.MAX_MAX_SESSION_SECONDS) + " — twelve hours at most");
        }
    }

    private static void attachments(List<String> arns, Quotas quotas, Findings f) {
        if (arns.size() > quotas.managedPoliciesPerRole()) {
            f.error(Codes.ROLE_MANAGED_COUNT, "/ManagedPolicyArns/" + quotas.managedPoliciesPerRole(),
                    "Cannot exceed quota for PoliciesPerRole: " + quotas.managedPoliciesPerRole() + " — the role attaches "
                            + arns.size() + " managed policies; combine some, or raise the account's quota");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < arns.size(); i++) {
            String arn = arns.get(i);
            if (!AttributeChecker.isPolicyArn(arn)) {
                f.error(Codes.ROLE_MANAGED_ARN, "/ManagedPolicyArns/" + i, "ARN " + Findings.quote(arn) + " is not valid."
                        + " — attach a managed policy ARN, such as arn:aws:iam::aws:policy/ReadOnlyAccess");
            } else if (!seen.add(arn)) {
                f.warn(Codes.ROLE_MANAGED_DUPLICATE, "/ManagedPolicyArns/" + i, Findings.quote(arn)
                        + " is attached twice; IAM attaches it once");
            }
        }
    }

    private static void inline(Role role, Findings f) {
        int total = 0;
        Set<String> names = new HashSet<>();
        List<InlinePolicy> policies = role.inlinePolicies();
        for (int i = 0; i < policies.size(); i++) {
            InlinePolicy p = policies.get(i);
            String at = "/Policies/" + i;
            AttributeChecker.name(p.name(), "policyName", Quotas.POLICY_NAME_LENGTH, Codes.POLICY_NAME, at + "/PolicyName", f);
            if (!names.add(p.name())) {
                f.error(Codes.POLICY_NAME, at + "/PolicyName", "two inline policies are named " + Findings.quote(p.name())
                        + "; the second would replace the first");
            }
            PolicyDocument doc = p.document();
            f.addAll(PolicyValidator.validate(doc, PolicyKind.IDENTITY, Quotas.defaults(),
                    Locations.inlinePolicy(role.name(), p.name())).problems());
            OptionalInt size = PolicyValidator.sizeOf(doc);
            total += size.orElse(0);
        }
        if (total > Quotas.INLINE_POLICY_SIZE_PER_ROLE) {
            f.error(Codes.ROLE_INLINE_SIZE, "/Policies", "Maximum policy size of " + Quotas.INLINE_POLICY_SIZE_PER_ROLE
                    + " bytes exceeded for role " + role.name() + " — its inline policies total " + total
                    + " characters, whitespace excluded; move some into managed policies");
        }
    }

}
