package io.iamkit.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.iamkit.eval.ConditionValues;
import io.iamkit.eval.Decision;
import io.iamkit.eval.EvaluationRequest;
import io.iamkit.eval.PolicyEvaluator;
import io.iamkit.eval.PolicySet;
import io.iamkit.policy.ConditionFunction;
import io.iamkit.policy.PolicyDocument;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The validator's "not of the operator's type" warning and the engine agree: a value is flagged
 * exactly when the engine cannot read it (and the condition therefore never holds).
 */
class ConditionValueTypeProperties {

    private static final List<String> VALUES = List.of("10", "-3.5", "1e3", "0x10", "", " 7 ", "2020-01-01", "2020-01-01T00:00:00",
            "2020-01-01T00:00:00Z", "2020-01-01T01:00:00+01:00", "1577836800", "1577836800.25", "-5", "2020-13-01", "true", "FALSE",
            "yes", "10.0.0.0/8", "10.0.0.1", "2001:db8::/32", "1.2.3.4::", "::ffff:10.0.0.1", "10.0.0.0/33", "YWJj", "YWJ", "%%",
            "arn:aws:s3:::b", "*", "\uFF11\uFF10");

    private static boolean warned(ConditionFunction fn, String value) {
        PolicyDocument doc = PolicyDocument.builder().allow("s3:GetObject").on("*").when(fn.iamName(), "aws:SourceIp", value).build();
        return !PolicyValidator.validate(doc, PolicyKind.IDENTITY).withCode(Codes.CONDITION_VALUE_TYPE).isEmpty();
    }

    @Provide
    Arbitrary<ConditionFunction> typed() {
        return Arbitraries.of(ConditionFunction.values()).filter(f -> f.valueType() != ConditionFunction.ValueType.STRING
                && f.valueType() != ConditionFunction.ValueType.ARN);
    }

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.oneOf(Arbitraries.of(VALUES), Arbitraries.strings().withChars("0123456789.:-/TZ+abcdef").ofMaxLength(25));
    }

    @Property(tries = 300)
    void theValidatorWarnsExactlyWhenTheEngineCannotRead(@ForAll("typed") ConditionFunction fn, @ForAll("values") String value) {
        assertThat(warned(fn, value)).as("%s %s", fn.iamName(), value).isEqualTo(!ConditionValues.readable(fn, value));
    }

    @Test
    void valuesTheEngineReadsAreNotFlaggedAndValuesItCannotAre() {
        // Before the review the validator had its own readers: it flagged these dates the engine reads ...
        assertThat(warned(ConditionFunction.DATE_LESS_THAN, "2020-01-01T00:00:00")).isFalse();
        assertThat(warned(ConditionFunction.DATE_LESS_THAN, "1577836800.25")).isFalse();
        // ... and let these through although the condition can never hold.
        assertThat(warned(ConditionFunction.NUMERIC_LESS_THAN, "1e3")).isTrue();
        assertThat(warned(ConditionFunction.DATE_LESS_THAN, "-5")).isTrue();
        assertThat(warned(ConditionFunction.IP_ADDRESS, "1.2.3.4::")).isTrue();
        assertThat(warned(ConditionFunction.NUMERIC_LESS_THAN, "\uFF11\uFF10")).isTrue();
        // The engine indeed never matches the flagged number.
        PolicyDocument p = PolicyDocument.builder().allow("s3:GetObject").on("*").when("NumericLessThan", "s3:max-keys", "1e3").build();
        EvaluationRequest r = EvaluationRequest.builder().principal("arn:aws:iam::111122223333:role/dev").action("s3:GetObject")
                .resource("arn:aws:s3:::b/k").context("s3:max-keys", "5").build();
        assertThat(PolicyEvaluator.evaluate(r, PolicySet.of(p)).decision()).isEqualTo(Decision.IMPLICITLY_DENIED);
    }
}
