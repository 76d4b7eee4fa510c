package io.iamkit.validate;

import io.iamkit.eval.ConditionValues;
import io.iamkit.policy.Condition;
import io.iamkit.policy.ConditionFunction;
import io.iamkit.policy.ConditionOperator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The {@code Condition} block: known operators, keys with a vendor, values of the operator's type. */
final class ConditionChecker {

    private ConditionChecker() {
    }

    static void check(List<Condition> conditions, String at, Findings f) {
        Map<String, Condition> seen = new HashMap<>();
        for (Condition c : conditions) {
            String opAt = at + "/" + Findings.token(c.operator().text());
            String keyAt = opAt + "/" + Findings.token(c.key());
            ConditionOperator op = c.operator();
            if (!op.isKnown()) {
                f.error(Codes.CONDITION_OPERATOR, opAt, "unknown condition operator " + Findings.quote(op.text())
                        + " — use one of IAM's operators, such as StringEquals, StringLike, ArnLike, NumericLessThan,"
                        + " DateGreaterThan, Bool, IpAddress or Null, optionally with IfExists or a ForAllValues:/ForAnyValue: prefix");
            }
            int colon = c.key().indexOf(':');
            if (colon <= 0 || colon == c.key().length() - 1) {
                f.error(Codes.CONDITION_KEY, keyAt, "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc."
                        + " — condition key " + Findings.quote(c.key()) + " needs a prefix, as in aws:SourceAccount");
            }
            if (c.values().isEmpty()) {
                f.error(Codes.CONDITION_VALUES_EMPTY, keyAt, "the condition on " + Findings.quote(c.key())
                        + " has no values, so it can never match; give at least one value");
            }
            String identity = op.canonicalText() + "\u0000" + c.key().toLowerCase(Locale.ROOT);
            Condition first = seen.putIfAbsent(identity, c);
            if (first != null) {
                f.error(Codes.CONDITION_DUPLICATE, keyAt, "the key " + Findings.quote(c.key()) + " appears twice under "
                        + op.canonicalText() + " (operators and keys ignore case); JSON readers keep only one of them,"
                        + " so write all its values in one list");
            }
            op.function().ifPresent(fn -> values(fn, c, keyAt, f));
        }
    }

    private static void values(ConditionFunction fn, Condition c, String at, Findings f) {
        for (int i = 0; i < c.values().size(); i++) {
            String v = c.values().get(i);
            if (v.contains("${")) {
                continue; // a policy variable: its type is known only at request time
            }
            String expected = typeProblem(fn, v);
            if (expected != null) {
                f.warn(Codes.CONDITION_VALUE_TYPE, Findings.element(at, c.values(), i), fn.iamName() + " compares "
                        + expected + "; " + Findings.quote(v) + " is not one, so the condition will not match as intended");
            }
        }
    }

    /**
     * What the operator expects, when {@code v} is not that; null when it is. The engine's own
     * readers decide ({@link ConditionValues}), so a warning here means the condition cannot match.
     */
    private static String typeProblem(ConditionFunction fn, String v) {
        if (fn.valueType() == ConditionFunction.ValueType.ARN) {
            return v.equals("*") || v.startsWith("arn:") ? null : "ARNs, such as arn:aws:s3:::bucket";
        }
        if (ConditionValues.readable(fn, v)) {
            return null;
        }
        return switch (fn.valueType()) {
            case NUMERIC -> "numbers (integers or decimals, no exponent)";
            case DATE -> "dates (ISO 8601, such as 2026-01-31T00:00:00Z, or epoch seconds)";
            case BOOLEAN -> "true or false";
            case IP_ADDRESS -> "IP addresses or CIDR ranges, such as 203.0.113.0/24";
            case BINARY -> "base64-encoded bytes";
            default -> null;
        };
    }
}
