package io.iamkit.policy;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The comparison at the heart of a condition operator, without the {@code IfExists} suffix and the
 * {@code ForAllValues:}/{@code ForAnyValue:} qualifier (see {@link ConditionOperator}).
 */
public enum ConditionFunction {
    STRING_EQUALS("StringEquals", ValueType.STRING, false),
    STRING_NOT_EQUALS("StringNotEquals", ValueType.STRING, true),
    STRING_EQUALS_IGNORE_CASE("StringEqualsIgnoreCase", ValueType.STRING, false),
    STRING_NOT_EQUALS_IGNORE_CASE("StringNotEqualsIgnoreCase", ValueType.STRING, true),
    STRING_LIKE("StringLike", ValueType.STRING, false),
    STRING_NOT_LIKE("StringNotLike", ValueType.STRING, true),
    NUMERIC_EQUALS("NumericEquals", ValueType.NUMERIC, false),
    NUMERIC_NOT_EQUALS("NumericNotEquals", ValueType.NUMERIC, true),
    NUMERIC_LESS_THAN("NumericLessThan", ValueType.NUMERIC, false),
    NUMERIC_LESS_THAN_EQUALS("NumericLessThanEquals", ValueType.NUMERIC, false),
    NUMERIC_GREATER_THAN("NumericGreaterThan", ValueType.NUMERIC, false),
    NUMERIC_GREATER_THAN_EQUALS("NumericGreaterThanEquals", ValueType.NUMERIC, false),
    DATE_EQUALS("DateEquals", ValueType.DATE, false),
    DATE_NOT_EQUALS("DateNotEquals", ValueType.DATE, true),
    DATE_LESS_THAN("DateLessThan", ValueType.DATE, false),
    DATE_LESS_THAN_EQUALS("DateLessThanEquals", ValueType.DATE, false),
    DATE_GREATER_THAN("DateGreaterThan", ValueType.DATE, false),
    DATE_GREATER_THAN_EQUALS("DateGreaterThanEquals", ValueType.DATE, false),
    BOOL("Bool", ValueType.BOOLEAN, false),
    BINARY_EQUALS("BinaryEquals", ValueType.BINARY, false),
    IP_ADDRESS("IpAddress", ValueType.IP_ADDRESS, false),
    NOT_IP_ADDRESS("NotIpAddress", ValueType.IP_ADDRESS, true),
    ARN_EQUALS("ArnEquals", ValueType.ARN, false),
    ARN_LIKE("ArnLike", ValueType.ARN, false),
    ARN_NOT_EQUALS("ArnNotEquals", ValueType.ARN, true),
    ARN_NOT_LIKE("ArnNotLike", ValueType.ARN, true),
    NULL("Null", ValueType.BOOLEAN, false);

    /** How IAM reads the values written for an operator. */
    public enum ValueType { STRING, NUMERIC, DATE, BOOLEAN, BINARY, IP_ADDRESS, ARN }

    private static final Map<String, ConditionFunction> BY_LOWER_NAME = Stream.of(values())
            .collect(Collectors.toUnmodifiableMap(f -> f.iamName.toLowerCase(Locale.ROOT), Function.identity()));

    private final String iamName;
    private final ValueType valueType;
    private final boolean negated;

    ConditionFunction(String iamName, ValueType valueType, boolean negated) {
        this.iamName = iamName;
        this.valueType = valueType;
        this.negated = negated;
    }

    /** The name as AWS documents it, such as {@code StringEquals}. */
    public String iamName() {
        return iamName;
    }

    public ValueType valueType() {
        return valueType;
    }

    /**
     * True for the negated operators ({@code StringNotEquals}, {@code NotIpAddress}, …), which IAM
     * evaluates to true when the key is missing from the request.
     */
    public boolean negated() {
        return negated;
    }

    /** Looks a name up ignoring case, as IAM does. */
    public static Optional<ConditionFunction> fromIamName(String name) {
        return Optional.ofNullable(BY_LOWER_NAME.get(name.toLowerCase(Locale.ROOT)));
    }
}
