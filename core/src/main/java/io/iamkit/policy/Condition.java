package io.iamkit.policy;

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
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(key, "key");
        values = List.copyOf(values);
    }

    public static Condition of(String operator, String key, String... values) {
        return new Condition(ConditionOperator.of(operator), key, List.of(values));
    }

    public static Condition of(ConditionFunction function, String key, String... values) {
        return new Condition(ConditionOperator.of(function), key, List.of(values));
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
