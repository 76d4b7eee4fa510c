package io.iamkit.lint;

import io.iamkit.Problem;
import io.iamkit.Severity;
import io.iamkit.catalog.ServicePrefixes;
import io.iamkit.eval.ActionPatterns;
import io.iamkit.policy.Condition;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.Principal;
import io.iamkit.policy.Statement;
import io.iamkit.validate.PolicyKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Findings about what a valid policy grants: the things reviewers look for and IAM accepts without a
 * word. The validator answers "will IAM take it?"; the linter answers "should we ship it?".
 *
 * <p>Every finding has a stable code ({@code lint.admin-access}, …), listed with its reasoning in
 * {@code docs/lint.md}. Security findings are {@link Severity#SECURITY_WARNING}: they make
 * {@code iamkit lint} exit 1.
 */
public final class PolicyLinter {

    private static final List<String> CONFUSED_DEPUTY_KEYS = List.of(
            "aws:sourceaccount", "aws:sourcearn", "aws:sourceorgid", "aws:sourceorgpaths");

    private PolicyLinter() {
    }

    /**
     * Lints one document of the given kind.
     *
     * @param owner prefixed to every location, such as {@code role app trust policy}
     */
    public static List<Problem> lint(PolicyDocument doc, PolicyKind kind, String owner) {
        List<Problem> out = new ArrayList<>();
        if (doc.version() == null || PolicyDocument.VERSION_2008_10_17.equals(doc.version())) {
            out.add(finding(Severity.WARNING, "lint.legacy-version", owner, "/Version",
                    "Version is " + (doc.version() == null ? "missing" : "2008-10-17")
                            + ": policy variables such as ${aws:username} are then plain text. Write \"Version\": \"2012-10-17\"."));
        }
        for (int i = 0; i < doc.statements().size(); i++) {
            Statement s = doc.statements().get(i);
            String at = "/Statement/" + i;
            actionPrefixes(s, owner, at, out);
            if (!s.isAllow()) {
                continue;
            }
            if (kind == PolicyKind.TRUST) {
                trust(s, owner, at, out);
            } else if (kind == PolicyKind.IDENTITY || kind == PolicyKind.RESOURCE) {
                grants(s, owner, at, out);
            }
        }
        return out;
    }

    private static void grants(Statement s, String owner, String at, List<Problem> out) {
        boolean anyResource = s.resources() != null && s.resources().contains("*");
        if (s.actions() != null && anyResource && s.conditions().isEmpty()) {
            if (s.actions().stream().anyMatch(a -> a.equals("*") || a.equals("*:*"))) {
                out.add(finding(Severity.SECURITY_WARNING, "lint.admin-access", owner, at,
                        "allows every action on every resource: this is administrator access. Name the actions and resources the workload needs."));
            } else {
                s.actions().stream().filter(a -> a.endsWith(":*")).forEach(a -> out.add(finding(Severity.WARNING,
                        "lint.service-wildcard", owner, at + "/Action",
                        "allows every " + a.substring(0, a.length() - 2) + " action (" + a + ") on every resource; list the actions needed instead.")));
            }
            if (s.actions().stream().anyMatch(a -> grantsPassRole(a))) {
                out.add(finding(Severity.SECURITY_WARNING, "lint.passrole-any-role", owner, at,
                        "allows iam:PassRole on every role: whoever holds this can hand any role, an administrator's included, to a service. Restrict Resource to the roles to pass and add an iam:PassedToService condition."));
            }
        }
        if (s.notActions() != null) {
            out.add(finding(Severity.WARNING, "lint.allow-not-action", owner, at + "/NotAction",
                    "Allow with NotAction grants every action not listed, including those AWS adds later. Prefer Allow with Action."));
        }
        if (s.notResources() != null) {
            out.add(finding(Severity.WARNING, "lint.allow-not-resource", owner, at + "/NotResource",
                    "Allow with NotResource grants every resource not listed, including ones created later. Prefer Allow with Resource."));
        }
    }

    /**
     * Whether an Action pattern grants iam:PassRole, by IAM's own matching: {@code iam:Pass*},
     * {@code iam:*Role}, {@code iam:P?ssRole} all do. The all-action patterns are left to
     * {@code lint.admin-access}, which already says more.
     */
    private static boolean grantsPassRole(String action) {
        return !action.equals("*") && !action.equals("*:*") && ActionPatterns.matches(action, "iam:PassRole");
    }

    private static void trust(Statement s, String owner, String at, List<Problem> out) {
        Principal p = s.principal();
        if (p == null) {
            return;
        }
        boolean conditioned = !s.conditions().isEmpty();
        if ((p.wildcard() || p.values(Principal.AWS).contains("*")) && !conditioned) {
            out.add(finding(Severity.SECURITY_WARNING, "lint.trust-anyone", owner, at + "/Principal",
                    "anyone in any AWS account can assume this role. Name the accounts or roles to trust, or add conditions such as aws:PrincipalOrgID."));
        }
        if (!p.values(Principal.SERVICE).isEmpty() && !hasAnyKey(s, CONFUSED_DEPUTY_KEYS)) {
            out.add(finding(Severity.WARNING, "lint.trust-confused-deputy", owner, at + "/Condition",
                    "a service principal is trusted without aws:SourceAccount or aws:SourceArn: the service could be made to assume this role on behalf of another account (confused deputy). Add Condition {\"StringEquals\": {\"aws:SourceAccount\": \"ACCOUNT\"}}."));
        }
        for (String provider : p.values(Principal.FEDERATED)) {
            String host = oidcHost(provider);
            if (host != null && !hasAnyKey(s, List.of((host + ":sub").toLowerCase(Locale.ROOT)))) {
                out.add(finding(Severity.SECURITY_WARNING, "lint.oidc-without-sub", owner, at + "/Condition",
                        "the OIDC provider " + host + " is trusted without a condition on " + host + ":sub: any identity that provider issues tokens for"
                                + (host.contains("githubusercontent") ? " (any GitHub repository)" : "") + " can assume this role. Add a StringEquals or StringLike condition on " + host + ":sub."));
            }
        }
    }

    private static String oidcHost(String federated) {
        int i = federated.indexOf(":oidc-provider/");
        return i < 0 ? null : federated.substring(i + ":oidc-provider/".length());
    }

    private static boolean hasAnyKey(Statement s, List<String> lowerKeys) {
        for (Condition c : s.conditions()) {
            if (lowerKeys.contains(c.key().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static void actionPrefixes(Statement s, String owner, String at, List<Problem> out) {
        checkPrefixes(s.actions(), owner, at + "/Action", out);
        checkPrefixes(s.notActions(), owner, at + "/NotAction", out);
    }

    private static void checkPrefixes(List<String> actions, String owner, String at, List<Problem> out) {
        if (actions == null) {
            return;
        }
        for (int i = 0; i < actions.size(); i++) {
            String a = actions.get(i);
            int colon = a.indexOf(':');
            if (colon <= 0) {
                continue; // "*" or malformed: the validator speaks about the latter
            }
            String prefix = a.substring(0, colon);
            if (prefix.indexOf('*') < 0 && prefix.indexOf('?') < 0 && !ServicePrefixes.isKnown(prefix)) {
                out.add(finding(Severity.WARNING, "lint.unknown-service", owner, at + (actions.size() > 1 ? "/" + i : ""),
                        "no AWS managed policy uses the service prefix \"" + prefix + "\" (in " + a + "): check the spelling."));
            }
        }
    }

    private static Problem finding(Severity severity, String code, String owner, String pointer, String message) {
        return new Problem(severity, code, owner.isEmpty() ? pointer : owner + " " + pointer, message);
    }
}
