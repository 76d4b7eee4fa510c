package io.iamkit.role;

import io.iamkit.policy.Condition;
import io.iamkit.policy.ConditionFunction;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.Principal;
import io.iamkit.policy.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A trust policy in the words of AWS's documentation: who may assume a role, and under which
 * conditions. Immutable; each method returns a new value.
 *
 * <pre>{@code
 * Trust.service("ecs-tasks.amazonaws.com").sourceAccount("111122223333")
 * Trust.account("444455556666").externalId("Unique-Id-1234")
 * Trust.oidc("arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com")
 *      .when(Condition.stringEquals("token.actions.githubusercontent.com:aud", "sts.amazonaws.com"))
 * }</pre>
 */
public final class Trust {

    /** {@code sts:AssumeRole}: services and IAM principals. */
    public static final String ASSUME_ROLE = "sts:AssumeRole";
    /** {@code sts:AssumeRoleWithWebIdentity}: OIDC providers. */
    public static final String ASSUME_ROLE_WITH_WEB_IDENTITY = "sts:AssumeRoleWithWebIdentity";
    /** {@code sts:AssumeRoleWithSAML}: SAML providers. */
    public static final String ASSUME_ROLE_WITH_SAML = "sts:AssumeRoleWithSAML";
    /** {@code sts:TagSession}, which must be allowed as well when session tags are passed. */
    public static final String TAG_SESSION = "sts:TagSession";

    private final Principal principal;
    private final List<String> actions;
    private final List<Condition> conditions;

    private Trust(Principal principal, List<String> actions, List<Condition> conditions) {
        this.principal = principal;
        this.actions = List.copyOf(actions);
        this.conditions = List.copyOf(conditions);
    }

    /** Trust an AWS service, such as {@code ecs-tasks.amazonaws.com} or {@code lambda.amazonaws.com}. */
    public static Trust service(String... services) {
        return new Trust(Principal.service(services), List.of(ASSUME_ROLE), List.of());
    }

    /** Trust an account (its administrators decide, through identity policies, who may assume). */
    public static Trust account(String accountId) {
        return new Trust(Principal.aws(accountId), List.of(ASSUME_ROLE), List.of());
    }

    /** Trust IAM principals by ARN (roles, users, account roots). */
    public static Trust principals(String... arns) {
        return new Trust(Principal.aws(arns), List.of(ASSUME_ROLE), List.of());
    }

    /** Trust an OIDC provider ({@code sts:AssumeRoleWithWebIdentity}). */
    public static Trust oidc(String providerArn) {
        return new Trust(Principal.federated(providerArn), List.of(ASSUME_ROLE_WITH_WEB_IDENTITY), List.of());
    }

    /** Trust a SAML provider ({@code sts:AssumeRoleWithSAML}). */
    public static Trust saml(String providerArn) {
        return new Trust(Principal.federated(providerArn), List.of(ASSUME_ROLE_WITH_SAML), List.of());
    }

    /**
     * Confused-deputy protection: only requests a service makes on behalf of this account.
     * Adds {@code StringEquals aws:SourceAccount}.
     */
    public Trust sourceAccount(String accountId) {
        return when(Condition.stringEquals("aws:SourceAccount", accountId));
    }

    /** Confused-deputy protection: only on behalf of these resources. Adds {@code ArnLike aws:SourceArn}. */
    public Trust sourceArn(String... arnPatterns) {
        return when(Condition.of(ConditionFunction.ARN_LIKE, "aws:SourceArn", arnPatterns));
    }

    /** For third parties: the caller must pass this {@code ExternalId}. Adds {@code StringEquals sts:ExternalId}. */
    public Trust externalId(String externalId) {
        return when(Condition.stringEquals("sts:ExternalId", externalId));
    }

    /** Only callers signed in with MFA. Adds {@code Bool aws:MultiFactorAuthPresent true}. */
    public Trust requireMfa() {
        return when(Condition.bool("aws:MultiFactorAuthPresent", true));
    }

    /** Also allows {@code sts:TagSession}, so callers may pass session tags. */
    public Trust allowSessionTags() {
        List<String> more = new ArrayList<>(actions);
        if (!more.contains(TAG_SESSION)) {
            more.add(TAG_SESSION);
        }
        return new Trust(principal, more, conditions);
    }

    public Trust when(Condition condition) {
        Objects.requireNonNull(condition, "trust condition: null");
        List<Condition> more = new ArrayList<>(conditions);
        more.add(condition);
        return new Trust(principal, actions, more);
    }

    /** The trust policy document: one {@code Allow} statement. */
    public PolicyDocument toPolicy() {
        Statement statement = Statement.builder()
                .allow()
                .principal(principal)
                .actions(actions)
                .conditions(conditions)
                .build();
        return PolicyDocument.builder().statement(statement).build();
    }

    @Override
    public String toString() {
        return "Trust" + toPolicy().statements();
    }
}
