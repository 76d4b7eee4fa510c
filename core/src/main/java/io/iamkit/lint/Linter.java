package io.iamkit.lint;

import io.iamkit.Problem;
import io.iamkit.Severity;
import io.iamkit.catalog.AwsManagedPolicies;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.role.InlinePolicy;
import io.iamkit.role.ManagedPolicy;
import io.iamkit.role.Role;
import io.iamkit.validate.Codes;
import io.iamkit.validate.Locations;
import io.iamkit.validate.ManagedPolicyValidator;
import io.iamkit.validate.PolicyKind;
import io.iamkit.validate.PolicyValidator;
import io.iamkit.validate.Quotas;
import io.iamkit.validate.RoleValidator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Validation and lint in one pass, the way a reviewer reads a role: first "will IAM take it?", then
 * "should we ship it?". Findings come sorted by severity, worst first, then in document order.
 */
public final class Linter {

    static final String ADMINISTRATOR_ACCESS = "arn:aws:iam::aws:policy/AdministratorAccess";

    private Linter() {
    }

    public static List<Problem> check(Role role) {
        return check(role, Quotas.defaults());
    }

    public static List<Problem> check(Role role, Quotas quotas) {
        List<Problem> out = new ArrayList<>(RoleValidator.validate(role, quotas).problems());
        String owner = Locations.role(role.name());
        if (role.trustPolicy() != null) {
            out.addAll(PolicyLinter.lint(role.trustPolicy(), PolicyKind.TRUST, Locations.trustPolicy(role.name())));
        }
        for (InlinePolicy p : role.inlinePolicies()) {
            out.addAll(PolicyLinter.lint(p.document(), PolicyKind.IDENTITY, Locations.inlinePolicy(role.name(), p.name())));
        }
        for (int i = 0; i < role.managedPolicyArns().size(); i++) {
            String arn = role.managedPolicyArns().get(i);
            if (AwsManagedPolicies.byArn(arn).map(p -> p.arn().endsWith(":policy/AdministratorAccess")).orElse(false)) {
                out.add(new Problem(Severity.SECURITY_WARNING, "lint.admin-managed-policy", owner + " /ManagedPolicyArns/" + i,
                        "AdministratorAccess is attached: the role can do anything in the account. Attach or write a policy with only what the workload needs."));
            }
        }
        return sorted(out);
    }

    public static List<Problem> check(ManagedPolicy policy) {
        return check(policy, Quotas.defaults());
    }

    public static List<Problem> check(ManagedPolicy policy, Quotas quotas) {
        List<Problem> out = new ArrayList<>(ManagedPolicyValidator.validate(policy, quotas).problems());
        out.addAll(PolicyLinter.lint(policy.document(), PolicyKind.IDENTITY, Locations.managedPolicy(policy.name())));
        return sorted(out);
    }

    /** A lone document of a known kind. */
    public static List<Problem> check(PolicyDocument doc, PolicyKind kind, String owner) {
        List<Problem> out = new ArrayList<>(PolicyValidator.validate(doc, kind, Quotas.defaults(), owner).problems());
        out.addAll(PolicyLinter.lint(doc, kind, owner));
        return sorted(out);
    }

    /**
     * The kind of a lone document, guessed as a reader would: statements with a principal and only
     * {@code sts:AssumeRole*} actions make a trust policy; any other principal a resource policy;
     * none an identity policy.
     */
    public static PolicyKind guessKind(PolicyDocument doc) {
        boolean principals = doc.statements().stream().anyMatch(s -> s.principal() != null || s.notPrincipal() != null);
        if (!principals) {
            return PolicyKind.IDENTITY;
        }
        boolean onlyAssume = doc.statements().stream().allMatch(s -> s.actions() != null && !s.actions().isEmpty()
                && s.actions().stream().allMatch(a -> a.regionMatches(true, 0, "sts:AssumeRole", 0, 14) || a.equalsIgnoreCase("sts:TagSession")
                        || a.equalsIgnoreCase("sts:SetSourceIdentity") || a.equalsIgnoreCase("sts:SetContext")));
        return onlyAssume && doc.statements().stream().allMatch(s -> s.resources() == null) ? PolicyKind.TRUST : PolicyKind.RESOURCE;
    }

    /** True when a finding should fail a build: an ERROR or a SECURITY_WARNING. */
    public static boolean isBlocking(Problem p) {
        return p.severity() == Severity.ERROR || p.severity() == Severity.SECURITY_WARNING;
    }

    private static List<Problem> sorted(List<Problem> problems) {
        // Validation already warns of a missing Version at the same place; saying it twice is noise.
        java.util.Set<String> versionMissing = new java.util.HashSet<>();
        problems.stream().filter(p -> p.code().equals(Codes.VERSION_MISSING)).forEach(p -> versionMissing.add(p.location()));
        List<Problem> out = new ArrayList<>(problems);
        out.removeIf(p -> p.code().equals("lint.legacy-version") && versionMissing.contains(p.location()));
        out.sort(Comparator.comparing(Problem::severity)); // stable: document order within a severity
        return List.copyOf(out);
    }
}
