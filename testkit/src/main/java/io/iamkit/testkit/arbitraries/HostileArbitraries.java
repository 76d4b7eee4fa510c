package io.iamkit.testkit.arbitraries;

import io.iamkit.policy.Condition;
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
 * Input meant to break things: text that is barely (or not) JSON, documents IAM rejects, and
 * patterns that make naive matchers explode. Whatever these produce, iamkit must answer with an
 * {@link io.iamkit.IamkitException} or an AWS error, never hang, never throw anything else.
 */
public final class HostileArbitraries {

    private HostileArbitraries() {
    }

    /** Text to feed a policy parser: truncated JSON, deep nesting, wrong types, odd characters, encodings. */
    public static Arbitrary<String> policyTexts() {
        Arbitrary<String> valid = PolicyArbitraries.identityPolicies().map(io.iamkit.json.PolicyJson::write);
        Arbitrary<String> truncated = valid.flatMap(t -> Arbitraries.integers().between(0, Math.max(0, t.length() - 1)).map(n -> t.substring(0, n)));
        Arbitrary<String> deep = Arbitraries.integers().between(10, 5000).map(n -> "[".repeat(n) + "]".repeat(n));
        Arbitrary<String> deepObject = Arbitraries.integers().between(10, 3000).map(n -> "{\"a\":".repeat(n) + "1" + "}".repeat(n));
        Arbitrary<String> wrongTypes = Arbitraries.of(
                "{\"Version\":\"2012-10-17\",\"Statement\":42}",
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":{\"a\":1},\"Resource\":\"*\"}]}",
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\",\"Condition\":{\"StringEquals\":{\"k\":null}}}]}",
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\"}],\"Statement\":[]}",
                "null", "[]", "\"\"", "", "   ", "{}", "1e999999", "{\"Version\":\"2012-10-17\"}",
                "%7B%22Version%22%3A%222012-10-17%22", "%7B%ZZ", "\uFEFF{}", "{\"Version\":\"\u0000\"}");
        Arbitrary<String> noise = Arbitraries.strings().all().ofMaxLength(200);
        Arbitrary<String> huge = Arbitraries.integers().between(10_000, 200_000).map(n -> "{\"Sid\":\"" + "x".repeat(n) + "\"}");
        return Arbitraries.oneOf(truncated, deep, deepObject, wrongTypes, noise, huge);
    }

    /** Wildcard patterns that backtracking matchers take exponential time on. */
    public static Arbitrary<String> wildcardBombs() {
        return Arbitraries.integers().between(5, 60).map(n -> "arn:aws:s3:::" + "*a".repeat(n) + "*b");
    }

    /** Documents the model can hold but IAM rejects: unknown effect or operator, principals where none belong, empty lists. */
    public static Arbitrary<PolicyDocument> invalidIdentityPolicies() {
        Arbitrary<Statement> bad = Arbitraries.oneOf(
                Arbitraries.just(Statement.builder().effect(Effect.of("Permit")).actions("s3:GetObject").resources("*").build()),
                Arbitraries.just(Statement.builder().allow().resources("*").build()),
                Arbitraries.just(Statement.builder().allow().actions("s3:GetObject").build()),
                Arbitraries.just(Statement.builder().allow().actions("GetObject").resources("*").build()),
                Arbitraries.just(Statement.builder().allow().actions("s3:GetObject").resources("*").principal(Principal.anyone()).build()),
                Arbitraries.just(Statement.builder().allow().actions("s3:GetObject").resources("*")
                        .condition(new Condition(ConditionOperator.of("StringEqualz"), "aws:SourceIp", List.of("x"))).build()),
                wildcardBombs().map(r -> Statement.builder().allow().actions("s3:GetObject").resources(r).build()));
        return Combinators.combine(PolicyArbitraries.identityStatements().list().ofMaxSize(2), bad)
                .as((good, b) -> PolicyDocument.builder().statements(good).statement(b).build());
    }
}
