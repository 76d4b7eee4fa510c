package io.iamkit.testkit.arbitraries;

import io.iamkit.policy.Condition;
import io.iamkit.policy.ConditionFunction;
import io.iamkit.policy.ConditionOperator;
import io.iamkit.policy.Effect;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.Principal;
import io.iamkit.policy.Statement;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries for IAM policy documents: well-formed ones that IAM accepts (identity, trust),
 * and the pieces they are made of. Values come from a small vocabulary on purpose, so that
 * generated requests and policies actually meet: a random action string would never match.
 *
 * <pre>{@code
 * @Property(tries = 200)
 * void roundTrips(@ForAll("documents") PolicyDocument doc) { ... }
 *
 * @Provide Arbitrary<PolicyDocument> documents() { return PolicyArbitraries.identityPolicies(); }
 * }</pre>
 */
public final class PolicyArbitraries {

    /** Accounts the generated ARNs use. */
    public static final List<String> ACCOUNTS = List.of("111122223333", "444455556666");
    static final List<String> SERVICES = List.of("s3", "ec2", "iam", "sqs", "kms", "logs");
    static final List<String> VERBS = List.of("Get", "Put", "List", "Delete", "Describe", "Create");
    static final List<String> NOUNS = List.of("Object", "Bucket", "Queue", "Key", "Role", "Instances");

    private PolicyArbitraries() {
    }

    /** {@code service:Action}, sometimes with wildcards or odd casing ({@code S3:get*}), sometimes {@code *}. */
    public static Arbitrary<String> actions() {
        Arbitrary<String> exact = Combinators.combine(Arbitraries.of(SERVICES), Arbitraries.of(VERBS), Arbitraries.of(NOUNS))
                .as((s, v, n) -> s + ":" + v + n);
        Arbitrary<String> wild = Combinators.combine(Arbitraries.of(SERVICES), Arbitraries.of(VERBS)).as((s, v) -> s + ":" + v + "*");
        Arbitrary<String> oddCase = exact.map(a -> a.toUpperCase(java.util.Locale.ROOT));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, exact), net.jqwik.api.Tuple.of(2, wild), net.jqwik.api.Tuple.of(1, oddCase),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("*", "s3:*", "s3:?etObject")));
    }

    /** Resource ARNs of the vocabulary's services, with wildcards, and {@code *}. */
    public static Arbitrary<String> resources() {
        Arbitrary<String> s3 = Arbitraries.of("bucket", "logs", "data").flatMap(b -> Arbitraries.of(
                "arn:aws:s3:::" + b, "arn:aws:s3:::" + b + "/*", "arn:aws:s3:::" + b + "/key", "arn:aws:s3:::" + b + "/a/?"));
        Arbitrary<String> sqs = Arbitraries.of(ACCOUNTS).map(a -> "arn:aws:sqs:us-east-1:" + a + ":queue");
        Arbitrary<String> role = Combinators.combine(Arbitraries.of(ACCOUNTS), Arbitraries.of("app", "admin", "*"))
                .as((a, n) -> "arn:aws:iam::" + a + ":role/" + n);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, s3), net.jqwik.api.Tuple.of(2, sqs),
                net.jqwik.api.Tuple.of(2, role), net.jqwik.api.Tuple.of(1, Arbitraries.just("*")));
    }

    /** Context keys the generated conditions and requests share. */
    public static Arbitrary<String> conditionKeys() {
        return Arbitraries.of("aws:SourceIp", "aws:SecureTransport", "aws:PrincipalAccount", "aws:RequestedRegion",
                "s3:prefix", "aws:PrincipalTag/team", "aws:TagKeys", "sts:ExternalId", "aws:SourceAccount");
    }

    /** Conditions with operators of every family, qualifiers and IfExists, and values fitting the operator. */
    public static Arbitrary<Condition> conditions() {
        Arbitrary<ConditionFunction> functions = Arbitraries.of(ConditionFunction.STRING_EQUALS, ConditionFunction.STRING_LIKE,
                ConditionFunction.STRING_NOT_EQUALS, ConditionFunction.STRING_EQUALS_IGNORE_CASE, ConditionFunction.BOOL,
                ConditionFunction.IP_ADDRESS, ConditionFunction.NOT_IP_ADDRESS, ConditionFunction.NUMERIC_LESS_THAN,
                ConditionFunction.ARN_LIKE, ConditionFunction.NULL, ConditionFunction.DATE_GREATER_THAN);
        return Combinators.combine(functions, Arbitraries.of(ConditionOperator.Qualifier.values()), Arbitraries.of(true, false),
                conditionKeys()).flatAs((f, q, ifExists, key) -> valuesFor(f).list().ofMinSize(1).ofMaxSize(3).map(values ->
                new Condition(ConditionOperator.of(f == ConditionFunction.NULL ? ConditionOperator.Qualifier.NONE : q, f,
                        ifExists && f != ConditionFunction.NULL), key, values)));
    }

    static Arbitrary<String> valuesFor(ConditionFunction f) {
        return switch (f.valueType()) {
            case BOOLEAN -> Arbitraries.of("true", "false");
            case NUMERIC -> Arbitraries.integers().between(0, 100).map(String::valueOf);
            case IP_ADDRESS -> Arbitraries.of("10.0.0.0/8", "192.168.1.1/32", "203.0.113.0/24", "2001:db8::/32");
            case DATE -> Arbitraries.of("2020-01-01T00:00:00Z", "2030-06-30T12:00:00Z");
            case ARN -> resources();
            default -> Arbitraries.of("111122223333", "payments", "home/*", "us-east-1", "team", "secret-42", "a?c");
        };
    }

    /** Identity-policy statements: actions and resources, no principal; conditions now and then. */
    public static Arbitrary<Statement> identityStatements() {
        return Combinators.combine(
                Arbitraries.of(Effect.ALLOW, Effect.ALLOW, Effect.DENY),
                Arbitraries.of(true, true, true, false),
                actions().list().ofMinSize(1).ofMaxSize(3),
                Arbitraries.of(true, true, true, false),
                resources().list().ofMinSize(1).ofMaxSize(3),
                // JSON holds one entry per operator and key, so a statement's conditions differ in one or the other.
                conditions().list().ofMaxSize(2).uniqueElements(c -> c.operator().canonicalText() + "|" + c.key().toLowerCase(java.util.Locale.ROOT)),
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(8).injectNull(0.5)
        ).as((effect, positiveAction, acts, positiveResource, res, conds, sid) -> {
            Statement.Builder b = Statement.builder().effect(effect).sid(sid);
            if (positiveAction) {
                b.actions(acts);
            } else {
                b.notActions(acts);
            }
            if (positiveResource) {
                b.resources(res);
            } else {
                b.notResources(res);
            }
            return b.conditions(conds).build();
        });
    }

    /** Identity policies IAM accepts. */
    public static Arbitrary<PolicyDocument> identityPolicies() {
        return identityStatements().list().ofMinSize(1).ofMaxSize(4).map(PolicyArbitraries::uniqueSids);
    }

    /** IAM requires the Sids of one policy to differ: a fixed-width index prefix makes them. */
    static PolicyDocument uniqueSids(List<Statement> statements) {
        PolicyDocument.Builder b = PolicyDocument.builder();
        for (int i = 0; i < statements.size(); i++) {
            Statement s = statements.get(i);
            b.statement(s.sid() == null ? s : s.toBuilder().sid("S" + i + s.sid()).build());
        }
        return b.build();
    }

    /** Principals of every kind a trust policy names. */
    public static Arbitrary<Principal> principals() {
        return Arbitraries.oneOf(
                Arbitraries.of("ecs-tasks.amazonaws.com", "lambda.amazonaws.com", "ec2.amazonaws.com").map(Principal::service),
                Arbitraries.of(ACCOUNTS).map(Principal::aws),
                Arbitraries.of(ACCOUNTS).map(a -> Principal.aws("arn:aws:iam::" + a + ":root")),
                Arbitraries.just(Principal.aws("*")),
                Arbitraries.just(Principal.federated("arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com")));
    }

    /** Trust policies IAM accepts (no IAM role ARNs, which would have to exist). */
    public static Arbitrary<PolicyDocument> trustPolicies() {
        Arbitrary<Statement> st = Combinators.combine(Arbitraries.of(Effect.ALLOW, Effect.ALLOW, Effect.DENY), principals(),
                Arbitraries.of("sts:AssumeRole", "sts:AssumeRoleWithWebIdentity", "sts:TagSession"),
                Arbitraries.of("sts:ExternalId", "aws:SourceAccount", "aws:SourceArn").flatMap(k ->
                        Arbitraries.of("111122223333", "secret-42").map(v -> Condition.stringEquals(k, v))).list().ofMaxSize(1))
                .as((e, p, a, c) -> Statement.builder().effect(e).principal(p).actions(a).conditions(c).build());
        return st.list().ofMinSize(1).ofMaxSize(3).map(s -> PolicyDocument.builder().statements(s).build());
    }
}
