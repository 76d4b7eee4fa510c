package io.iamkit.policy;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One condition: an operator applied to one context key with the values it may match. Values of
 * one key are ORed; conditions of a statement are ANDed.
 *
 * <p>Values are kept as the strings IAM compares: JSON numbers and booleans written unquoted
 * ({@code true}, {@code 42}) are read as {@code "true"} and {@code "42"}, which is how IAM treats them.
 *
 * @param operator the operator, possibly unknown to IAM
 * @param key      the context key as written; IAM compares keys ignoring case
 * @param values   the values, at least one for a valid condition; unmodifiable
 */
public record Condition(ConditionOperator operator, String key, List<String> values) {

    public Condition {
        Objects.requireNonNull(operator, "condition operator: null; write one such as StringEquals");
        Objects.requireNonNull(key, () -> operator.text() + ": the condition key is null; write one such as aws:SourceAccount");
        Objects.requireNonNull(values, () -> operator.text() + " " + key + ": no values given (null)");
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new NullPointerException(operator.text() + " " + key + ": value " + i + " is null");
            }
        }
        values = List.copyOf(values);
    }

    public static Condition of(String operator, String key, String... values) {
        return new Condition(ConditionOperator.of(Objects.requireNonNull(operator, "condition operator: null; write one such as StringEquals")),
                key, values == null ? null : Arrays.asList(values));
    }

    public static Condition of(ConditionFunction function, String key, String... values) {
        return new Condition(ConditionOperator.of(Objects.requireNonNull(function, "condition function: null")),
                key, values == null ? null : Arrays.asList(values));
    }

    public static Condition stringEquals(String key, String... values) {
        return of(ConditionFunction.STRING_EQUALS, key, values);
    }

    public static Condition stringLike(String key, String... values) {
        return of(ConditionFunction.STRING_LIKE, key, values);
    }

    public static Condition arnLike(String key, String... values) {
        return of(ConditionFunction.ARN_LIKE, key, values);
    }

    public static Condition bool(String key, boolean value) {
        return of(ConditionFunction.BOOL, key, Boolean.toString(value));
    }

    public static Condition ipAddress(String key, String... cidrs) {
        return of(ConditionFunction.IP_ADDRESS, key, cidrs);
    }
}
