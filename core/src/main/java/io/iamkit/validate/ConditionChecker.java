package io.iamkit.validate;

import io.iamkit.policy.Condition;
import io.iamkit.policy.ConditionFunction;
import io.iamkit.policy.ConditionOperator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** The {@code Condition} block: known operators, keys with a vendor, values of the operator's type. */
final class ConditionChecker {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(?:/(\\d{1,2}))?");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}(?:/(\\d{1,3}))?");
    private static final Pattern EPOCH = Pattern.compile("-?\\d{1,12}");

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

    /** What the operator expects, when {@code v} is not that; null when it is. */
    private static String typeProblem(ConditionFunction fn, String v) {
        switch (fn.valueType()) {
            case NUMERIC:
                return isNumber(v) ? null : "numbers";
            case DATE:
                return isDate(v) ? null : "dates (ISO 8601, such as 2026-01-31T00:00:00Z, or epoch seconds)";
            case BOOLEAN:
                return v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false") ? null : "true or false";
            case IP_ADDRESS:
                return isIp(v) ? null : "IP addresses or CIDR ranges, such as 203.0.113.0/24";
            case BINARY:
                return isBase64(v) ? null : "base64-encoded bytes";
            case ARN:
                return v.equals("*") || v.startsWith("arn:") ? null : "ARNs, such as arn:aws:s3:::bucket";
            default:
                return null;
        }
    }

    private static boolean isNumber(String v) {
        if (v.length() > 100) {
            return false;
        }
        try {
            new BigDecimal(v);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isDate(String v) {
        if (v.length() > 64) {
            return false;
        }
        if (EPOCH.matcher(v).matches()) {
            return true;
        }
        try {
            OffsetDateTime.parse(v);
            return true;
        } catch (DateTimeParseException e) {
            try {
                LocalDate.parse(v);
                return true;
            } catch (DateTimeParseException e2) {
                return false;
            }
        }
    }

    private static boolean isIp(String v) {
        var m4 = IPV4.matcher(v);
        if (m4.matches()) {
            for (int g = 1; g <= 4; g++) {
                if (Integer.parseInt(m4.group(g)) > 255) {
                    return false;
                }
            }
            return m4.group(5) == null || Integer.parseInt(m4.group(5)) <= 32;
        }
        var m6 = IPV6.matcher(v);
        return v.indexOf(':') >= 0 && m6.matches() && (m6.group(1) == null || Integer.parseInt(m6.group(1)) <= 128);
    }

    private static boolean isBase64(String v) {
        if (v.length() > 1 << 16) {
            return false;
        }
        try {
            Base64.getDecoder().decode(v);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
