package io.iamkit.eval;

import io.iamkit.policy.Condition;
import io.iamkit.policy.ConditionFunction;
import io.iamkit.policy.ConditionOperator.Qualifier;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One condition (operator, key, values) ready to test: values read once into the operator's type,
 * policy variables left to resolve per request.
 *
 * <p>The rules, from AWS's "IAM JSON policy elements: Condition operators": values of one key are
 * ORed; a missing key makes the condition false, except for {@code …IfExists} (true), negated
 * operators (true), {@code ForAllValues:} (true on a missing or empty key) and {@code Null}. A value
 * that cannot be read as the operator's type (a date that is no date, an unknown operator) makes the
 * condition false, negated operators included.
 */
final class CompiledCondition {

    private static final int NO = 0;
    private static final int YES = 1;
    private static final int UNREADABLE = -1;

    final Condition source;
    private final String lowerKey;
    private final ConditionFunction fn;
    private final Qualifier qualifier;
    private final boolean ifExists;
    private final boolean negated;
    private final Object[] values;        // typed policy values; null entries only when templated
    private final Template[] templates;   // non-null when some value has a policy variable
    private final String invalid;         // why the condition can never hold, or null

    private CompiledCondition(Condition source, ConditionFunction fn, Object[] values, Template[] templates, String invalid) {
        this.source = source;
        this.lowerKey = source.key().toLowerCase(Locale.ROOT);
        this.fn = fn;
        this.qualifier = source.operator().qualifier();
        this.ifExists = source.operator().ifExists();
        this.negated = fn != null && fn.negated();
        this.values = values;
        this.templates = templates;
        this.invalid = invalid;
    }

    static CompiledCondition compile(Condition c, boolean variables) {
        ConditionFunction fn = c.operator().function().orElse(null);
        if (fn == null) {
            return new CompiledCondition(c, null, null, null,
                    "the operator " + c.operator().text() + " is not one IAM knows, so the condition never holds");
        }
        List<String> raw = c.values();
        if (raw.isEmpty()) {
            return new CompiledCondition(c, fn, null, null, "the condition lists no values, so it never holds");
        }
        // Variables are substituted in string, ARN and Bool values: the Condition operators page allows
        // them for Bool, although the Variables page lists only string and ARN operators.
        ConditionFunction.ValueType type = fn.valueType();
        boolean vars = variables && fn != ConditionFunction.NULL && (type == ConditionFunction.ValueType.STRING
                || type == ConditionFunction.ValueType.ARN || type == ConditionFunction.ValueType.BOOLEAN);
        Object[] typed = new Object[raw.size()];
        Template[] templates = null;
        for (int i = 0; i < raw.size(); i++) {
            String v = raw.get(i);
            Template t = vars ? Template.parse(v, true) : null;
            if (t != null && t.hasVariables()) {
                if (templates == null) {
                    templates = new Template[raw.size()];
                }
                templates[i] = t;
                continue;
            }
            Object value = fn == ConditionFunction.NULL ? TypedValues.bool(v) : policyValue(fn, t == null ? Template.parse(v, false) : t, null);
            if (value == null) {
                return new CompiledCondition(c, fn, null, null, "the value \"" + v + "\" cannot be read as "
                        + typeName(fn) + ", so the condition never holds");
            }
            typed[i] = value;
        }
        return new CompiledCondition(c, fn, typed, templates, null);
    }

    /** A policy value in the operator's type; {@code vars} null means "no variables to resolve". */
    private static Object policyValue(ConditionFunction fn, Template t, Template.Variables vars) {
        String text = vars == null ? t.text() : t.resolve(vars);
        if (text == null) {
            return null;
        }
        return switch (fn) {
            case STRING_EQUALS, STRING_NOT_EQUALS -> text;
            case STRING_EQUALS_IGNORE_CASE, STRING_NOT_EQUALS_IGNORE_CASE -> text;
            case STRING_LIKE, STRING_NOT_LIKE -> vars == null ? Wildcard.compile(text, false) : t.pattern(vars, false);
            case NUMERIC_EQUALS, NUMERIC_NOT_EQUALS, NUMERIC_LESS_THAN, NUMERIC_LESS_THAN_EQUALS,
                 NUMERIC_GREATER_THAN, NUMERIC_GREATER_THAN_EQUALS -> TypedValues.number(text);
            case DATE_EQUALS, DATE_NOT_EQUALS, DATE_LESS_THAN, DATE_LESS_THAN_EQUALS,
                 DATE_GREATER_THAN, DATE_GREATER_THAN_EQUALS -> TypedValues.date(text);
            case BOOL -> TypedValues.bool(text);
            case BINARY_EQUALS -> TypedValues.binary(text);
            case IP_ADDRESS, NOT_IP_ADDRESS -> IpRange.parse(text);
            case ARN_EQUALS, ARN_LIKE, ARN_NOT_EQUALS, ARN_NOT_LIKE -> ArnPattern.compile(vars == null ? new Template.Marked(text.toCharArray(), null) : t.marked(vars));
            case NULL -> TypedValues.bool(text);
        };
    }

    private static String typeName(ConditionFunction fn) {
        return switch (fn.valueType()) {
            case STRING -> "a string";
            case NUMERIC -> "a number";
            case DATE -> "a date (ISO 8601 or epoch seconds)";
            case BOOLEAN -> "a boolean (true or false)";
            case BINARY -> "base64";
            case IP_ADDRESS -> "an IP address or CIDR";
            case ARN -> "an ARN";
        };
    }

    /**
     * Tests the condition. On false, when {@code trace} is non-null, records why.
     */
    boolean test(RequestView req, Trace trace) {
        if (invalid != null) {
            return fail(trace, invalid);
        }
        Object[] pv = values;
        if (templates != null) {
            pv = values.clone();
            for (int i = 0; i < templates.length; i++) {
                if (templates[i] != null) {
                    Object v = policyValue(fn, templates[i], req);
                    if (v == null) {
                        String missing = templates[i].unresolved(req);
                        return fail(trace, missing != null
                                ? "the policy variable " + missing + " has no value in this request, so the statement does not match"
                                : "the value \"" + templates[i].resolve(req) + "\" cannot be read as " + typeName(fn));
                    }
                    pv[i] = v;
                }
            }
        }
        List<String> rv = req.values(lowerKey);
        boolean absent = rv == null || rv.isEmpty();
        if (fn == ConditionFunction.NULL) {
            for (Object p : pv) {
                if (((Boolean) p) == absent) {
                    return true;
                }
            }
            return fail(trace, describe() + ": the key is " + (absent ? "absent" : "present with " + rv));
        }
        if (absent) {
            boolean result = switch (qualifier) {
                case FOR_ALL_VALUES -> true;
                case FOR_ANY_VALUE -> ifExists;
                case NONE -> ifExists || negated;
            };
            return result || fail(trace, describe() + ": the request has no value for " + source.key());
        }
        boolean result;
        switch (qualifier) {
            case FOR_ALL_VALUES -> {
                result = true;
                for (String v : rv) {
                    int m = matchOne(v, pv);
                    if (m == UNREADABLE) {
                        return unreadable(trace, v);
                    }
                    if ((m == YES) == negated) {
                        result = false;
                        break;
                    }
                }
            }
            case FOR_ANY_VALUE -> {
                result = false;
                for (String v : rv) {
                    int m = matchOne(v, pv);
                    if (m == UNREADABLE) {
                        return unreadable(trace, v);
                    }
                    if ((m == YES) != negated) {
                        result = true;
                        break;
                    }
                }
            }
            default -> {
                // A single-valued operator on several values: true when any value matches (negated: none does).
                boolean any = false;
                for (String v : rv) {
                    int m = matchOne(v, pv);
                    if (m == UNREADABLE) {
                        return unreadable(trace, v);
                    }
                    if (m == YES) {
                        any = true;
                        break;
                    }
                }
                result = any != negated;
            }
        }
        return result || fail(trace, describe() + ": the request has " + source.key() + " = " + (rv.size() == 1 ? "\"" + rv.get(0) + "\"" : rv.toString()));
    }

    /** YES when request value {@code v} satisfies the positive form of the operator against any policy value. */
    private int matchOne(String v, Object[] pv) {
        switch (fn) {
            case STRING_EQUALS, STRING_NOT_EQUALS -> {
                for (Object p : pv) {
                    if (v.equals(p)) {
                        return YES;
                    }
                }
                return NO;
            }
            case STRING_EQUALS_IGNORE_CASE, STRING_NOT_EQUALS_IGNORE_CASE -> {
                for (Object p : pv) {
                    if (v.equalsIgnoreCase((String) p)) {
                        return YES;
                    }
                }
                return NO;
            }
            case STRING_LIKE, STRING_NOT_LIKE -> {
                for (Object p : pv) {
                    if (((Wildcard) p).matches(v)) {
                        return YES;
                    }
                }
                return NO;
            }
            case NUMERIC_EQUALS, NUMERIC_NOT_EQUALS, NUMERIC_LESS_THAN, NUMERIC_LESS_THAN_EQUALS,
                 NUMERIC_GREATER_THAN, NUMERIC_GREATER_THAN_EQUALS -> {
                BigDecimal n = TypedValues.number(v);
                if (n == null) {
                    return UNREADABLE;
                }
                for (Object p : pv) {
                    if (compares(n.compareTo((BigDecimal) p))) {
                        return YES;
                    }
                }
                return NO;
            }
            case DATE_EQUALS, DATE_NOT_EQUALS, DATE_LESS_THAN, DATE_LESS_THAN_EQUALS,
                 DATE_GREATER_THAN, DATE_GREATER_THAN_EQUALS -> {
                Long d = TypedValues.date(v);
                if (d == null) {
                    return UNREADABLE;
                }
                for (Object p : pv) {
                    if (compares(Long.compare(d, (Long) p))) {
                        return YES;
                    }
                }
                return NO;
            }
            case BOOL -> {
                Boolean b = TypedValues.bool(v);
                if (b == null) {
                    return UNREADABLE;
                }
                for (Object p : pv) {
                    if (b.equals(p)) {
                        return YES;
                    }
                }
                return NO;
            }
            case BINARY_EQUALS -> {
                byte[] bytes = TypedValues.binary(v);
                if (bytes == null) {
                    return UNREADABLE;
                }
                for (Object p : pv) {
                    if (Arrays.equals(bytes, (byte[]) p)) {
                        return YES;
                    }
                }
                return NO;
            }
            case IP_ADDRESS, NOT_IP_ADDRESS -> {
                IpRange ip = IpRange.parse(v);
                if (ip == null) {
                    return UNREADABLE;
                }
                for (Object p : pv) {
                    if (((IpRange) p).contains(ip)) {
                        return YES;
                    }
                }
                return NO;
            }
            case ARN_EQUALS, ARN_LIKE, ARN_NOT_EQUALS, ARN_NOT_LIKE -> {
                String[] parts = TypedValues.arnParts(v);
                if (parts == null) {
                    return UNREADABLE;
                }
                for (Object p : pv) {
                    if (((ArnPattern) p).matches(parts, v)) {
                        return YES;
                    }
                }
                return NO;
            }
            default -> {
                return NO;
            }
        }
    }

    /** Whether {@code cmp} (request compared to policy value) satisfies the operator's positive form. */
    private boolean compares(int cmp) {
        return switch (fn) {
            case NUMERIC_EQUALS, NUMERIC_NOT_EQUALS, DATE_EQUALS, DATE_NOT_EQUALS -> cmp == 0;
            case NUMERIC_LESS_THAN, DATE_LESS_THAN -> cmp < 0;
            case NUMERIC_LESS_THAN_EQUALS, DATE_LESS_THAN_EQUALS -> cmp <= 0;
            case NUMERIC_GREATER_THAN, DATE_GREATER_THAN -> cmp > 0;
            case NUMERIC_GREATER_THAN_EQUALS, DATE_GREATER_THAN_EQUALS -> cmp >= 0;
            default -> false;
        };
    }

    private boolean unreadable(Trace trace, String v) {
        return fail(trace, describe() + ": the request value \"" + v + "\" of " + source.key() + " cannot be read as "
                + typeName(fn) + ", so the condition is false");
    }

    private String describe() {
        return source.operator().text() + " " + source.key() + " " + source.values();
    }

    private static boolean fail(Trace trace, String why) {
        if (trace != null) {
            trace.failure(why);
        }
        return false;
    }
}
