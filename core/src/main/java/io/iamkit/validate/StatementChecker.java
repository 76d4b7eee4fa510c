package io.iamkit.validate;

import io.iamkit.eval.ActionPatterns;
import io.iamkit.policy.Effect;
import io.iamkit.policy.Statement;
import java.util.List;
import java.util.Set;

/** The rules for one statement; principals and conditions have their own checkers. */
final class StatementChecker {

    /** What a trust policy may allow: the assume actions and the session extras that go with them. */
    private static final List<String> TRUST_ACTIONS = List.of("sts:AssumeRole", "sts:AssumeRoleWithSAML",
            "sts:AssumeRoleWithWebIdentity", "sts:TagSession", "sts:SetSourceIdentity", "sts:SetContext");

    private static final Set<PolicyKind> RESOURCE_REQUIRED = Set.of(PolicyKind.IDENTITY, PolicyKind.RESOURCE,
            PolicyKind.PERMISSIONS_BOUNDARY, PolicyKind.SESSION, PolicyKind.RCP);

    private static final String VENDOR = "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.";

    private StatementChecker() {
    }

    static void check(Statement s, PolicyKind kind, String at, Findings f) {
        if (s.sid() != null && kind.storedByIam() && !Patterns.matches(Patterns.SID_IAM, s.sid())) {
            f.error(Codes.SID_CHARSET, at + "/Sid", "Statement IDs (SID) must be alpha-numeric. Check that your input"
                    + " satisfies the regular expression [0-9A-Za-z]* — " + Findings.quote(s.sid()) + " is not");
        }
        effect(s.effect(), at, f);
        actions(s, kind, at, f);
        resources(s, kind, at, f);
        PrincipalChecker.check(s, kind, at, f);
        ConditionChecker.check(s.conditions(), at + "/Condition", f);
        if (kind == PolicyKind.RCP) {
            rcp(s, at, f);
        }
    }

    private static void effect(Effect effect, String at, Findings f) {
        if (effect.value().isEmpty()) {
            f.error(Codes.EFFECT_MISSING, at + "/Effect", "Missing required field Effect — add \"Effect\": \"Allow\" or \"Deny\"");
        } else if (!effect.isKnown()) {
            f.error(Codes.EFFECT_INVALID, at + "/Effect", "Invalid effect: " + Findings.quote(effect.value())
                    + " — Effect must be \"Allow\" or \"Deny\"");
        } else if (!effect.value().equals("Allow") && !effect.value().equals("Deny")) {
            f.warn(Codes.EFFECT_CASE, at + "/Effect", "write Effect as AWS spells it: \""
                    + (effect.isAllow() ? "Allow" : "Deny") + "\", not " + Findings.quote(effect.value()));
        }
    }

    private static void actions(Statement s, PolicyKind kind, String at, Findings f) {
        boolean has = s.actions() != null && !s.actions().isEmpty();
        boolean hasNot = s.notActions() != null && !s.notActions().isEmpty();
        if (s.actions() != null && s.notActions() != null) {
            f.error(Codes.ACTION_BOTH, at, "a statement has Action or NotAction, not both");
        } else if (!has && !hasNot) {
            f.error(Codes.ACTION_MISSING, at + (s.actions() != null ? "/Action" : s.notActions() != null ? "/NotAction" : ""),
                    "Policy statement must contain actions. — add \"Action\", such as \"s3:GetObject\"");
        }
        actionFormat(s.actions(), at + "/Action", f);
        actionFormat(s.notActions(), at + "/NotAction", f);
        if (kind == PolicyKind.TRUST) {
            if (s.actions() != null) {
                for (int i = 0; i < s.actions().size(); i++) {
                    String a = s.actions().get(i);
                    // No STS action name is anywhere near 256 characters; longer text is not worth matching.
                    if (a.length() > 256 || TRUST_ACTIONS.stream().noneMatch(t -> ActionPatterns.matches(a, t))) {
                        f.error(Codes.TRUST_ACTION, Findings.element(at + "/Action", s.actions(), i),
                                "AssumeRole policy may only specify STS AssumeRole actions. — " + Findings.quote(a)
                                        + " is not one of " + String.join(", ", TRUST_ACTIONS));
                    }
                }
            }
            if (s.notActions() != null) {
                f.error(Codes.TRUST_ACTION, at + "/NotAction",
                        "AssumeRole policy may only specify STS AssumeRole actions. — use \"Action\", not \"NotAction\", in a trust policy");
            }
        }
    }

    private static void actionFormat(List<String> actions, String base, Findings f) {
        if (actions == null) {
            return;
        }
        for (int i = 0; i < actions.size(); i++) {
            String a = actions.get(i);
            if (a.equals("*")) {
                continue;
            }
            String at = Findings.element(base, actions, i);
            if (a.indexOf(':') <= 0) {
                f.error(Codes.ACTION_FORMAT, at, VENDOR + " — " + Findings.quote(a)
                        + " needs a service prefix, as in \"s3:GetObject\"");
            } else if (a.indexOf(':') != a.lastIndexOf(':')) {
                f.error(Codes.ACTION_FORMAT, at, "Actions/Condition can contain only one colon. — " + Findings.quote(a)
                        + " has more; an action is service:Action, as in \"s3:GetObject\"");
            } else if (!Patterns.matches(Patterns.ACTION, a)) {
                f.error(Codes.ACTION_FORMAT, at, "Action " + Findings.quote(a)
                        + " is not of the form service:Action (letters, digits, '-', '_', and the wildcards * and ?)");
            }
        }
    }

    private static void resources(Statement s, PolicyKind kind, String at, Findings f) {
        if (kind == PolicyKind.TRUST) {
            if (s.resources() != null) {
                f.error(Codes.RESOURCE_PROHIBITED, at + "/Resource", "Has prohibited field Resource — a trust policy's"
                        + " resource is the role itself; remove \"Resource\"");
            }
            if (s.notResources() != null) {
                f.error(Codes.RESOURCE_PROHIBITED, at + "/NotResource", "Has prohibited field NotResource — remove it");
            }
            return;
        }
        boolean has = s.resources() != null && !s.resources().isEmpty();
        boolean hasNot = s.notResources() != null && !s.notResources().isEmpty();
        if (s.resources() != null && s.notResources() != null) {
            f.error(Codes.RESOURCE_BOTH, at, "a statement has Resource or NotResource, not both");
        } else if (!has && !hasNot) {
            String where = at + (s.resources() != null ? "/Resource" : s.notResources() != null ? "/NotResource" : "");
            String message = "Policy statement must contain resources. — add \"Resource\", such as \"*\" or an ARN";
            if (RESOURCE_REQUIRED.contains(kind)) {
                f.error(Codes.RESOURCE_MISSING, where, message);
            } else {
                f.warn(Codes.RESOURCE_MISSING, where, message);
            }
        }
        resourceFormat(s.resources(), at + "/Resource", f);
        resourceFormat(s.notResources(), at + "/NotResource", f);
    }

    private static void resourceFormat(List<String> resources, String base, Findings f) {
        if (resources == null) {
            return;
        }
        for (int i = 0; i < resources.size(); i++) {
            String r = resources.get(i);
            if (r.equals("*") || isArnLike(r)) {
                continue;
            }
            f.error(Codes.RESOURCE_FORMAT, Findings.element(base, resources, i), "Resource " + Findings.quote(r)
                    + " must be in ARN format or \"*\". — write arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE");
        }
    }

    /** {@code arn:} and at least five more colons: partition, service, region, account, resource. */
    static boolean isArnLike(String value) {
        if (!value.startsWith("arn:")) {
            return false;
        }
        int colons = 0;
        for (int i = 0; i < value.length() && colons < 5; i++) {
            if (value.charAt(i) == ':') {
                colons++;
            }
        }
        return colons >= 5;
    }

    /** AWS Organizations' resource control policies: Deny only, Principal "*", no NotAction or NotPrincipal. */
    private static void rcp(Statement s, String at, Findings f) {
        if (s.effect().isAllow() && !isRcpFullAwsAccess(s)) {
            f.error(Codes.RCP_EFFECT, at + "/Effect", "a resource control policy may only Deny; Allow is reserved"
                    + " for the RCPFullAWSAccess policy AWS attaches");
        }
        if (s.principal() != null && !s.principal().wildcard()) {
            f.error(Codes.RCP_PRINCIPAL, at + "/Principal", "a resource control policy's Principal must be \"*\";"
                    + " narrow it with conditions such as aws:PrincipalAccount");
        }
        if (s.notPrincipal() != null) {
            f.error(Codes.RCP_ELEMENT, at + "/NotPrincipal", "resource control policies do not support NotPrincipal");
        }
        if (s.notActions() != null) {
            f.error(Codes.RCP_ELEMENT, at + "/NotAction", "resource control policies do not support NotAction");
        }
    }

    private static boolean isRcpFullAwsAccess(Statement s) {
        return s.principal() != null && s.principal().wildcard() && List.of("*").equals(s.actions())
                && List.of("*").equals(s.resources()) && s.conditions().isEmpty();
    }
}
