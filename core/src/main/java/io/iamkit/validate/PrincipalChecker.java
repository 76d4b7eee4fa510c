package io.iamkit.validate;

import io.iamkit.Severity;
import io.iamkit.arn.Arn;
import io.iamkit.policy.Principal;
import io.iamkit.policy.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code Principal} and {@code NotPrincipal}: where they may appear, and what their values may be. */
final class PrincipalChecker {

    private static final Set<String> TYPES = Set.of(Principal.AWS, Principal.SERVICE, Principal.FEDERATED, Principal.CANONICAL_USER);

    private PrincipalChecker() {
    }

    static void check(Statement s, PolicyKind kind, String at, Findings f) {
        if (kind.forbidsPrincipal()) {
            if (s.principal() != null) {
                f.error(Codes.PRINCIPAL_FORBIDDEN, at + "/Principal", "Policy document should not specify a principal. — a "
                        + kind.description() + " applies to whoever it is attached to; remove \"Principal\"");
            }
            if (s.notPrincipal() != null) {
                f.error(Codes.PRINCIPAL_FORBIDDEN, at + "/NotPrincipal", "Policy document should not specify a principal. — a "
                        + kind.description() + " applies to whoever it is attached to; remove \"NotPrincipal\"");
            }
            return;
        }
        if (s.principal() != null && s.notPrincipal() != null) {
            f.error(Codes.PRINCIPAL_BOTH, at, "a statement has Principal or NotPrincipal, not both");
        } else if (s.principal() == null && s.notPrincipal() == null && kind.requiresPrincipal()) {
            // IAM's wording for a trust policy; S3 and other services say "Missing required field Principal".
            String wording = kind == PolicyKind.TRUST
                    ? "Invalid principal in policy: com.amazon.balsa.error.InvalidPolicyException: The passed in policy has a statement with no principals!"
                    : "Missing required field Principal";
            f.error(Codes.PRINCIPAL_MISSING, at, wording + " — a " + kind.description()
                    + " must say who it applies to, such as \"Principal\": {\"Service\": \"ecs-tasks.amazonaws.com\"}");
        }
        values(s.principal(), at + "/Principal", f);
        values(s.notPrincipal(), at + "/NotPrincipal", f);
        if (s.notPrincipal() != null && s.effect().isAllow()) {
            f.add(Severity.SECURITY_WARNING, Codes.NOT_PRINCIPAL_ALLOW, at + "/NotPrincipal",
                    "Allow with NotPrincipal grants access to everyone not listed, anonymous callers included;"
                            + " name the principals with \"Principal\" instead");
        }
    }

    private static void values(Principal p, String at, Findings f) {
        if (p == null || p.wildcard()) {
            return;
        }
        if (p.isEmpty()) {
            f.error(Codes.PRINCIPAL_EMPTY, at, "the principal names nobody; name one, such as {\"AWS\": \"111122223333\"}, or remove it");
            return;
        }
        for (Map.Entry<String, List<String>> e : p.entries().entrySet()) {
            String type = e.getKey();
            String typeAt = at + "/" + Findings.token(type);
            if (!TYPES.contains(type)) {
                Optional<String> near = TYPES.stream().filter(t -> t.equalsIgnoreCase(type)).findFirst();
                f.error(Codes.PRINCIPAL_TYPE, typeAt, "unknown principal type " + Findings.quote(type)
                        + near.map(n -> "; principal types are case-sensitive: write \"" + n + "\"")
                                .orElse("; use AWS, Service, Federated or CanonicalUser"));
                continue;
            }
            List<String> values = e.getValue();
            if (values.isEmpty()) {
                f.error(Codes.PRINCIPAL_EMPTY, typeAt, "no " + type + " principal is named; name one or remove \"" + type + "\"");
            }
            for (int i = 0; i < values.size(); i++) {
                value(type, values.get(i), Findings.element(typeAt, values, i), f);
            }
        }
    }

    private static void value(String type, String v, String at, Findings f) {
        Verdict verdict = switch (type) {
            case Principal.AWS -> aws(v);
            case Principal.SERVICE -> Patterns.matches(Patterns.HOST, v) ? Verdict.OK
                    : Verdict.bad("a service principal is a host name such as ecs-tasks.amazonaws.com");
            case Principal.FEDERATED -> federated(v);
            default -> Patterns.matches(Patterns.CANONICAL_USER, v) ? Verdict.OK
                    : Verdict.bad("a canonical user id is 64 hexadecimal characters");
        };
        if (verdict.uniqueId()) {
            f.warn(Codes.PRINCIPAL_UNIQUE_ID, at, Findings.quote(v) + " is a unique id: IAM shows one where the principal it"
                    + " named was deleted, and the trust no longer works even if it is recreated; name the principal by ARN");
        } else if (verdict.problem != null) {
            f.error(Codes.PRINCIPAL_FORMAT, at, "Invalid principal in policy: \"" + type.toUpperCase(Locale.ROOT)
                    + "\":\"" + shortened(v) + "\" — " + verdict.problem);
        }
    }

    private static Verdict aws(String v) {
        if (v.equals("*") || Patterns.matches(Patterns.ACCOUNT_ID, v)) {
            return Verdict.OK;
        }
        if (Patterns.matches(Patterns.UNIQUE_ID, v)) {
            return Verdict.UNIQUE_ID;
        }
        Optional<Arn> arn = Arn.tryParse(v);
        if (arn.isEmpty()) {
            return Verdict.bad("name an account id (111122223333), an account root, IAM or STS ARN, or \"*\"");
        }
        Arn a = arn.get();
        if (v.indexOf('*') >= 0 || v.indexOf('?') >= 0) {
            return Verdict.bad("wildcards are not allowed in principal ARNs; use \"*\" alone, or a condition such as ArnLike aws:PrincipalArn");
        }
        if (!Patterns.matches(Patterns.ACCOUNT_ID, a.account()) || !a.region().isEmpty()) {
            return Verdict.bad("a principal ARN has no region and a 12-digit account id");
        }
        String r = a.resource();
        boolean ok = switch (a.service()) {
            case "iam" -> r.equals("root") || r.startsWith("user/") || r.startsWith("role/");
            case "sts" -> r.startsWith("assumed-role/") || r.startsWith("federated-user/");
            default -> false;
        };
        return ok ? Verdict.OK : Verdict.bad("an AWS principal ARN names an account root, user, role, assumed-role session or federated user");
    }

    private static Verdict federated(String v) {
        Optional<Arn> arn = Arn.tryParse(v);
        if (arn.isPresent()) {
            Arn a = arn.get();
            boolean ok = a.service().equals("iam") && Patterns.matches(Patterns.ACCOUNT_ID, a.account())
                    && (a.resource().startsWith("oidc-provider/") || a.resource().startsWith("saml-provider/"));
            return ok ? Verdict.OK : Verdict.bad("a federated principal is an oidc-provider or saml-provider ARN, or an identity provider host");
        }
        return Patterns.matches(Patterns.HOST, v) ? Verdict.OK
                : Verdict.bad("a federated principal is an oidc-provider or saml-provider ARN, or a host such as cognito-identity.amazonaws.com");
    }

    private static String shortened(String v) {
        return v.length() > 120 ? v.substring(0, 120) + "…" : v;
    }

    /** The outcome of checking one value: fine, a unique id, or a problem saying why not. */
    private record Verdict(boolean uniqueId, String problem) {
        static final Verdict OK = new Verdict(false, null);
        static final Verdict UNIQUE_ID = new Verdict(true, null);

        static Verdict bad(String why) {
            return new Verdict(false, why);
        }
    }
}
