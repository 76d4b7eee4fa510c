package io.iamkit.eval;

import io.iamkit.IamkitException;
import io.iamkit.Problem;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One request to evaluate: who ({@code principal}) does what ({@code action}) to what
 * ({@code resource}), in which account, with which context keys.
 *
 * <p>The principal is an IAM or STS ARN ({@code arn:aws:iam::111122223333:user/alice},
 * {@code arn:aws:sts::111122223333:assumed-role/app/session}, {@code arn:aws:iam::111122223333:root}),
 * a service principal ({@code ecs-tasks.amazonaws.com}), a federated identity provider (an
 * {@code oidc-provider}/{@code saml-provider} ARN or a name such as {@code accounts.google.com}), or
 * {@code anonymous}. Facts the engine cannot read from the ARN come from context keys, as AWS
 * puts them in the request context: {@code aws:username}, {@code aws:userid},
 * {@code aws:PrincipalTag/KEY}, {@code aws:PrincipalOrgID}. Facts it can read
 * ({@code aws:PrincipalArn}, {@code aws:PrincipalAccount}, {@code aws:PrincipalType},
 * {@code aws:PrincipalIsAWSService}, {@code aws:ResourceAccount}, and {@code aws:username} for an IAM
 * user) are supplied when the context does not give them.
 *
 * @param principal       who makes the request; never null
 * @param action          {@code service:Action}, such as {@code s3:GetObject}; never null
 * @param resource        the resource ARN (or {@code *}); never null
 * @param resourceAccount the account owning the resource, or null: then the account in the resource
 *                        ARN, else the principal's (S3 ARNs carry none); see {@link #effectiveResourceAccount()}
 * @param context         context keys to their values; looked up ignoring case; unmodifiable
 */
public record EvaluationRequest(String principal, String action, String resource, String resourceAccount,
                                Map<String, List<String>> context) {

    /** The principal of a request that carries no credentials. */
    public static final String ANONYMOUS = "anonymous";

    public EvaluationRequest {
        if (principal == null || action == null || resource == null) {
            throw missing(principal, action, resource);
        }
        if (resourceAccount != null && resourceAccount.isEmpty()) {
            resourceAccount = null;
        }
        context = RequestContext.of(context);
    }

    private static IamkitException missing(String principal, String action, String resource) {
        return new IamkitException(Problem.error("eval.request", "request",
                "a request needs a principal, an action and a resource; missing: "
                        + String.join(", ", java.util.stream.Stream.of(principal == null ? "principal" : null,
                                action == null ? "action" : null, resource == null ? "resource" : null)
                        .filter(Objects::nonNull).toList())));
    }

    public static EvaluationRequest of(String principal, String action, String resource) {
        return new EvaluationRequest(principal, action, resource, null, Map.of());
    }

    public static Builder builder() {
        return new Builder();
    }

    public static EvaluationRequest of(Consumer<Builder> spec) {
        Builder b = builder();
        spec.accept(b);
        return b.build();
    }

    public Builder toBuilder() {
        Builder b = new Builder().principal(principal).action(action).resource(resource).resourceAccount(resourceAccount);
        b.context.putAll(context);
        return b;
    }

    /** The values of a context key, looked up ignoring case; null when the request does not carry it. */
    public List<String> contextValues(String key) {
        return context.get(key);
    }

    /** The principal as the engine reads it: kind, account, names. */
    public PrincipalIdentity principalIdentity() {
        return PrincipalIdentity.parse(principal);
    }

    /** The account of the principal (from its ARN, else {@code aws:PrincipalAccount}), or null. */
    public String principalAccount() {
        String account = principalIdentity().account();
        if (account != null) {
            return account;
        }
        List<String> v = contextValues("aws:PrincipalAccount");
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    /**
     * The account owning the resource: {@link #resourceAccount()} if given, else the account field of
     * the resource ARN, else the principal's account (S3 bucket ARNs carry no account).
     */
    public String effectiveResourceAccount() {
        if (resourceAccount != null) {
            return resourceAccount;
        }
        String fromArn = accountOfArn(resource);
        return fromArn != null ? fromArn : principalAccount();
    }

    static String accountOfArn(String arn) {
        if (!arn.startsWith("arn:")) {
            return null;
        }
        int p = arn.indexOf(':', 4);
        int s = p < 0 ? -1 : arn.indexOf(':', p + 1);
        int r = s < 0 ? -1 : arn.indexOf(':', s + 1);
        int a = r < 0 ? -1 : arn.indexOf(':', r + 1);
        if (a < 0 || a == r + 1) {
            return null;
        }
        return arn.substring(r + 1, a);
    }

    /** A mutable builder; context keys are case-insensitive, and giving one twice replaces it. */
    public static final class Builder {
        private String principal;
        private String action;
        private String resource;
        private String resourceAccount;
        private final Map<String, List<String>> context = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder principal(String principal) {
            this.principal = principal;
            return this;
        }

        public Builder action(String action) {
            this.action = action;
            return this;
        }

        public Builder resource(String resource) {
            this.resource = resource;
            return this;
        }

        public Builder resourceAccount(String resourceAccount) {
            this.resourceAccount = resourceAccount;
            return this;
        }

        /** Sets a context key to one or more values (a multi-valued key such as {@code aws:TagKeys} takes several). */
        public Builder context(String key, String... values) {
            return context(key, values == null ? null : Arrays.asList(values));
        }

        public Builder context(String key, List<String> values) {
            if (key == null || RequestContext.hasNull(values)) {
                throw new IamkitException(Problem.error("eval.context", key == null ? "/context" : "/context/" + key,
                        key == null ? "a context key is null; name it, as in \"aws:SourceIp\""
                                : "the context key " + key + " has a null value; give strings (an empty list for no values)"));
            }
            context.keySet().removeIf(k -> k.equalsIgnoreCase(key));
            context.put(key, List.copyOf(values));
            return this;
        }

        /** Adds every entry of {@code values}. */
        public Builder context(Map<String, List<String>> values) {
            if (values == null) {
                throw new IamkitException(Problem.error("eval.context", "/context",
                        "the context is null; pass Map.of() for a request without context keys"));
            }
            values.forEach(this::context);
            return this;
        }

        /** {@code aws:PrincipalTag/KEY}, the source of {@code ${aws:PrincipalTag/KEY}}. */
        public Builder principalTag(String key, String value) {
            return context("aws:PrincipalTag/" + key, value);
        }

        /** {@code aws:username}, the source of {@code ${aws:username}}. */
        public Builder username(String username) {
            return context("aws:username", username);
        }

        /** {@code aws:userid}, the source of {@code ${aws:userid}}. */
        public Builder userid(String userid) {
            return context("aws:userid", userid);
        }

        public EvaluationRequest build() {
            return new EvaluationRequest(principal, action, resource, resourceAccount, context);
        }
    }
}
