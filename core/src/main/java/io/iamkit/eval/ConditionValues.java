package io.iamkit.eval;

import io.iamkit.policy.ConditionFunction;

/**
 * Whether a condition value can be read as its operator's type, by the same readers the engine
 * compares with. The validator asks this, so that "the value is not a date" is reported exactly
 * when the engine would find the condition unreadable, never for a value the engine reads.
 */
public final class ConditionValues {

    private ConditionValues() {
    }

    /**
     * True when {@code value} (without policy variables) is of {@code function}'s type: a number
     * without exponent, an ISO 8601 date or epoch seconds, {@code true}/{@code false}, an IPv4/IPv6
     * address or CIDR, base64; strings and ARNs are always readable.
     */
    public static boolean readable(ConditionFunction function, String value) {
        return switch (function.valueType()) {
            case STRING, ARN -> true;
            case NUMERIC -> TypedValues.number(value) != null;
            case DATE -> TypedValues.date(value) != null;
            case BOOLEAN -> TypedValues.bool(value) != null;
            case BINARY -> TypedValues.binary(value) != null;
            case IP_ADDRESS -> IpRange.parse(value) != null;
        };
    }
}
