package io.iamkit.policy;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iamkit.eval.PolicyEvaluator;
import io.iamkit.eval.PolicySet;
import io.iamkit.role.Role;
import io.iamkit.role.RolePresets;
import io.iamkit.role.Trust;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A null passed to the DSL is a programming error, reported where it is made, as the AWS SDK and
 * Guava do: a NullPointerException whose message names the element, never one from deep inside
 * ("Cannot invoke … because coll is null") or without a message.
 */
class NullArgumentsTest {

    private static void named(Runnable call, String... words) {
        assertThatThrownBy(call::run).isInstanceOf(NullPointerException.class).hasMessageContainingAll(words);
    }

    @Test
    void statementElements() {
        named(() -> PolicyDocument.builder().allow((String) null).on("*"), "Action", "value 0");
        named(() -> PolicyDocument.builder().allow((String[]) null), "Action", "null");
        named(() -> PolicyDocument.builder().allow("s3:*").on("arn:aws:s3:::b", null), "Resource", "value 1");
        named(() -> PolicyDocument.builder().denyAllExcept((String[]) null), "NotAction");
        named(() -> Statement.builder().notResources((List<String>) null), "NotResource");
        named(() -> new PolicyDocument("2012-10-17", null, null), "statements");
        named(() -> new PolicyDocument("2012-10-17", null, Arrays.asList((Statement) null)), "statement 0");
    }

    @Test
    void conditionsAndPrincipals() {
        named(() -> Condition.of("StringEquals", "aws:SourceAccount", (String) null), "StringEquals", "aws:SourceAccount", "value 0");
        named(() -> Condition.of("StringEquals", "aws:SourceAccount", (String[]) null), "aws:SourceAccount", "no values");
        named(() -> Condition.of("StringEquals", null, "x"), "condition key");
        named(() -> Condition.of((String) null, "k", "x"), "condition operator");
        named(() -> Principal.aws((String) null), "principal AWS", "value 0");
        named(() -> Principal.service((String[]) null), "principal Service", "no values");
        named(() -> Principal.aws("111122223333").and("Service", (String) null), "principal Service", "value 1".substring(0, 5));
    }

    @Test
    void rolesTrustAndPresets() {
        named(() -> Role.builder("r").trust((Trust) null), "trust");
        named(() -> Trust.service("ecs-tasks.amazonaws.com").when(null), "trust condition");
        named(() -> Trust.account("111122223333").externalId(null), "sts:ExternalId");
        named(() -> RolePresets.ecsTaskExecutionRole(null), "aws:SourceAccount");
        named(() -> PolicyEvaluator.compile(PolicySet.of()).decide(null), "request");
    }
}
