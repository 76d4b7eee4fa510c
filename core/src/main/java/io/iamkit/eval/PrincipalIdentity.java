package io.iamkit.eval;

import java.util.Locale;

/**
 * The caller of a request as the engine reads it from {@link EvaluationRequest#principal()}.
 *
 * @param kind      what sort of principal it is
 * @param text      the principal as given
 * @param partition the ARN partition ({@code aws}, {@code aws-cn}, …), or null for non-ARN principals
 * @param account   the 12-digit account, or null (service principals, identity providers, anonymous)
 * @param name      the user name, role name (for a role or a role session), federated user name or
 *                  service name; null for an account or anonymous
 * @param session   the role session name of an assumed-role session, else null
 */
public record PrincipalIdentity(Kind kind, String text, String partition, String account, String name, String session) {

    /** The sorts of principal AWS distinguishes when it evaluates resource-based policies. */
    public enum Kind {
        /** {@code arn:aws:iam::ACCOUNT:root} or a bare 12-digit account id: the account's root user. */
        ACCOUNT_ROOT("Account"),
        /** {@code arn:aws:iam::ACCOUNT:user/PATH/NAME}. */
        USER("User"),
        /** {@code arn:aws:iam::ACCOUNT:role/PATH/NAME}: a role acting without a named session. */
        ROLE("AssumedRole"),
        /** {@code arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION}. */
        ASSUMED_ROLE("AssumedRole"),
        /** {@code arn:aws:sts::ACCOUNT:federated-user/NAME} (GetFederationToken). */
        FEDERATED_USER("FederatedUser"),
        /** An AWS service principal such as {@code ecs-tasks.amazonaws.com}. */
        SERVICE("AWSService"),
        /** A web identity or SAML provider ({@code accounts.google.com}, an {@code oidc-provider} ARN). */
        IDENTITY_PROVIDER("WebIdentityUser"),
        /** A request without credentials. */
        ANONYMOUS("Anonymous"),
        /** Anything else; matched only by {@code "*"} and by its exact text. */
        OTHER("Unknown");

        private final String principalType;

        Kind(String principalType) {
            this.principalType = principalType;
        }

        /** The value AWS puts in {@code aws:PrincipalType} for this kind. */
        public String principalType() {
            return principalType;
        }
    }

    /** Reads a principal; never throws: what cannot be read is {@link Kind#OTHER}. */
    public static PrincipalIdentity parse(String text) {
        if (text.equalsIgnoreCase(EvaluationRequest.ANONYMOUS)) {
            return new PrincipalIdentity(Kind.ANONYMOUS, text, null, null, null, null);
        }
        if (isAccountId(text)) {
            return new PrincipalIdentity(Kind.ACCOUNT_ROOT, text, "aws", text, null, null);
        }
        if (!text.startsWith("arn:")) {
            String lower = text.toLowerCase(Locale.ROOT);
            boolean provider = lower.equals("cognito-identity.amazonaws.com") || lower.equals("accounts.google.com")
                    || lower.equals("graph.facebook.com") || lower.equals("www.amazon.com");
            if (provider) {
                return new PrincipalIdentity(Kind.IDENTITY_PROVIDER, text, null, null, text, null);
            }
            if (lower.contains(".")) {
                return new PrincipalIdentity(Kind.SERVICE, text, null, null, text, null);
            }
            return other(text);
        }
        String[] p = text.split(":", 6);
        if (p.length < 6) {
            return other(text);
        }
        String partition = p[1];
        String service = p[2];
        String account = p[4];
        String resource = p[5];
        if (service.equals("iam")) {
            if (resource.equals("root") && isAccountId(account)) {
                return new PrincipalIdentity(Kind.ACCOUNT_ROOT, text, partition, account, null, null);
            }
            if (resource.startsWith("user/")) {
                return new PrincipalIdentity(Kind.USER, text, partition, account, lastSegment(resource), null);
            }
            if (resource.startsWith("role/")) {
                return new PrincipalIdentity(Kind.ROLE, text, partition, account, lastSegment(resource), null);
            }
            if (resource.startsWith("oidc-provider/") || resource.startsWith("saml-provider/")) {
                return new PrincipalIdentity(Kind.IDENTITY_PROVIDER, text, partition, account, text, null);
            }
        } else if (service.equals("sts")) {
            if (resource.startsWith("assumed-role/")) {
                String rest = resource.substring("assumed-role/".length());
                int slash = rest.indexOf('/');
                if (slash > 0 && slash < rest.length() - 1) {
                    return new PrincipalIdentity(Kind.ASSUMED_ROLE, text, partition, account,
                            rest.substring(0, slash), rest.substring(slash + 1));
                }
            } else if (resource.startsWith("federated-user/")) {
                return new PrincipalIdentity(Kind.FEDERATED_USER, text, partition, account, lastSegment(resource), null);
            }
        }
        return new PrincipalIdentity(Kind.OTHER, text, partition, account.isEmpty() ? null : account, null, null);
    }

    private static PrincipalIdentity other(String text) {
        return new PrincipalIdentity(Kind.OTHER, text, null, null, null, null);
    }

    static boolean isAccountId(String s) {
        if (s.length() != 12) {
            return false;
        }
        for (int i = 0; i < 12; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static String lastSegment(String resource) {
        return resource.substring(resource.lastIndexOf('/') + 1);
    }

    /** True for IAM users, roles, role sessions, federated users and account roots: callers with an account and identity policies. */
    public boolean isAwsIdentity() {
        return switch (kind) {
            case ACCOUNT_ROOT, USER, ROLE, ASSUMED_ROLE, FEDERATED_USER -> true;
            default -> false;
        };
    }

    /** True for role sessions and federated user sessions, the principals session policies apply to. */
    public boolean isSession() {
        return kind == Kind.ASSUMED_ROLE || kind == Kind.FEDERATED_USER;
    }

    /**
     * The value of {@code aws:PrincipalArn}: the role ARN for a role session (AWS reports the role, not
     * the session; the path is unknown from a session ARN, so it is left out), else the principal ARN.
     */
    public String principalArn() {
        if (kind == Kind.ASSUMED_ROLE) {
            return "arn:" + partition + ":iam::" + account + ":role/" + name;
        }
        return text.startsWith("arn:") ? text : null;
    }
}
