package io.iamkit.spec;

import io.iamkit.Problem;
import io.iamkit.role.ManagedPolicy;
import io.iamkit.role.Role;
import io.iamkit.validate.Locations;
import io.iamkit.validate.ManagedPolicyValidator;
import io.iamkit.validate.RoleValidator;
import io.iamkit.validate.ValidationResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Validates a whole spec against IAM's grammar and quotas, locating every problem by its JSON
 * pointer in the spec ({@code /Roles/0/Policies/1/PolicyDocument/Statement/0/Action}), so that a
 * problem found in a spec file points into that file.
 *
 * <p>Templates are checked with a placeholder account ({@code 000000000000}) and partition
 * ({@code aws}), which have the shapes IAM requires. Roles declared for deletion are not checked:
 * only their name matters.
 */
public final class SpecValidation {

    private SpecValidation() {
    }

    public static ValidationResult validate(IamSpec spec) {
        return validate(spec, "");
    }

    /** As {@link #validate(IamSpec)}, every location prefixed by {@code owner} (such as a file name). */
    public static ValidationResult validate(IamSpec spec, String owner) {
        IamSpec sample = sample(spec);
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < sample.roles().size(); i++) {
            Role role = sample.roles().get(i);
            if (!sample.isDeleted(role.name())) {
                problems.addAll(roleProblems(role, "/Roles/" + i, owner));
            }
        }
        for (int i = 0; i < sample.managedPolicies().size(); i++) {
            problems.addAll(policyProblems(sample.managedPolicies().get(i), "/ManagedPolicies/" + i, owner));
        }
        return ValidationResult.of(problems);
    }

    /** IAM's grammar and quotas for one role whose templates are filled, located under {@code base}. */
    static List<Problem> roleProblems(Role role, String base, String owner) {
        List<Problem> out = new ArrayList<>();
        for (Problem p : RoleValidator.validate(role).problems()) {
            out.add(relocate(p, owner, rolePointer(p.location(), role, base)));
        }
        return out;
    }

    /** IAM's grammar and quotas for one managed policy whose templates are filled, located under {@code base}. */
    static List<Problem> policyProblems(ManagedPolicy policy, String base, String owner) {
        List<Problem> out = new ArrayList<>();
        for (Problem p : ManagedPolicyValidator.validate(policy).problems()) {
            out.add(relocate(p, owner, policyPointer(p.location(), base)));
        }
        return out;
    }

    /** A role or policy with its templates filled by a sample account, as {@link #validate} checks it. */
    static IamSpec sample(IamSpec spec) {
        return SpecTemplates.resolve(spec, "000000000000", "aws");
    }

    private static Problem relocate(Problem p, String owner, String pointer) {
        return new Problem(p.severity(), p.code(), owner == null || owner.isEmpty() ? pointer : owner + " " + pointer, p.message());
    }

    /**
     * Maps the validator's locations ({@code role app /MaxSessionDuration}, {@code role app trust
     * policy /Statement/0}, {@code role app inline policy read /Statement/0}) into the spec; a
     * location of another shape is kept after the role's pointer.
     */
    static String rolePointer(String location, Role role, String base) {
        int slash = location.indexOf(" /");
        String owner = slash < 0 ? location : location.substring(0, slash);
        String pointer = slash < 0 ? "" : trimRoot(location.substring(slash + 1));
        if (owner.equals(Locations.role(role.name()))) {
            return base + pointer;
        }
        if (owner.equals(Locations.trustPolicy(role.name()))) {
            return base + "/AssumeRolePolicyDocument" + pointer;
        }
        for (int j = 0; j < role.inlinePolicies().size(); j++) {
            if (owner.equals(Locations.inlinePolicy(role.name(), role.inlinePolicies().get(j).name()))) {
                return base + "/Policies/" + j + "/PolicyDocument" + pointer;
            }
        }
        return base + " " + location;
    }

    static String policyPointer(String location, String base) {
        int slash = location.indexOf(" /");
        if (slash < 0 || !location.startsWith("managed policy ")) {
            return base + " " + location;
        }
        String pointer = trimRoot(location.substring(slash + 1));
        boolean inDocument = pointer.isEmpty() || pointer.startsWith("/Statement") || pointer.startsWith("/Version") || pointer.startsWith("/Id");
        return base + (inDocument ? "/PolicyDocument" : "") + pointer;
    }

    private static String trimRoot(String pointer) {
        return "/".equals(pointer) ? "" : pointer;
    }
}
