package io.iamkit.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A policy string with policy variables: {@code ${aws:username}}, {@code ${aws:PrincipalTag/team, 'none'}},
 * and the escapes {@code ${*}}, {@code ${?}}, {@code ${$}} for a literal {@code *}, {@code ?}, {@code $}.
 *
 * <p>Substituted text is literal: a {@code *} that comes from a variable or an escape never acts as
 * a wildcard. A variable whose key the request lacks, with no default, leaves the template
 * unresolved, and AWS then treats the statement as not matching.
 */
final class Template {

    /** Where variable values come from: the request context, then facts derived from the principal. */
    interface Variables {
        /** The single value of a key given in lower case, or null when the request has none (or several). */
        String variable(String lowerKey);
    }

    /** A {@code ${...}} reference. {@code literal} is set for the escapes, else {@code lowerKey}. */
    private record Var(String text, String lowerKey, String defaultValue, String literal) {
    }

    private final String text;
    private final List<Object> parts; // String (policy text, wildcards active) or Var

    private Template(String text, List<Object> parts) {
        this.text = text;
        this.parts = parts;
    }

    /** Parses {@code text}; when {@code variables} is false (Version 2008-10-17) everything is literal policy text. */
    static Template parse(String text, boolean variables) {
        List<Object> parts = new ArrayList<>();
        if (!variables || !text.contains("${")) {
            parts.add(text);
            return new Template(text, parts);
        }
        int i = 0;
        StringBuilder plain = new StringBuilder();
        while (i < text.length()) {
            int open = text.indexOf("${", i);
            int close = open < 0 ? -1 : text.indexOf('}', open + 2);
            if (open < 0 || close < 0) {
                plain.append(text, i, text.length());
                break;
            }
            plain.append(text, i, open);
            if (plain.length() > 0) {
                parts.add(plain.toString());
                plain.setLength(0);
            }
            parts.add(variable(text.substring(open, close + 1)));
            i = close + 1;
        }
        if (plain.length() > 0) {
            parts.add(plain.toString());
        }
        return new Template(text, parts);
    }

    private static Var variable(String ref) {
        String body = ref.substring(2, ref.length() - 1).trim();
        if (body.equals("*") || body.equals("?") || body.equals("$")) {
            return new Var(ref, null, null, body);
        }
        String name = body;
        String dflt = null;
        int comma = body.indexOf(',');
        if (comma >= 0) {
            name = body.substring(0, comma).trim();
            String d = body.substring(comma + 1).trim();
            if (d.length() >= 2 && d.charAt(0) == '\'' && d.charAt(d.length() - 1) == '\'') {
                dflt = d.substring(1, d.length() - 1);
            } else {
                dflt = d;
            }
        }
        return new Var(ref, name.toLowerCase(Locale.ROOT), dflt, null);
    }

    boolean hasVariables() {
        return parts.size() != 1 || !(parts.get(0) instanceof String);
    }

    String text() {
        return text;
    }

    /** The text with variables substituted, or null when one cannot be resolved. */
    String resolve(Variables vars) {
        if (!hasVariables()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (Object p : parts) {
            if (p instanceof String s) {
                sb.append(s);
            } else {
                String v = value((Var) p, vars);
                if (v == null) {
                    return null;
                }
                sb.append(v);
            }
        }
        return sb.toString();
    }

    /** The first variable that cannot be resolved, for explanations; null when all resolve. */
    String unresolved(Variables vars) {
        for (Object p : parts) {
            if (p instanceof Var v && value(v, vars) == null) {
                return v.text();
            }
        }
        return null;
    }

    /** A wildcard pattern in which substituted text is literal, or null when a variable cannot be resolved. */
    Wildcard pattern(Variables vars, boolean ignoreCase) {
        if (!hasVariables()) {
            return Wildcard.compile(text, ignoreCase);
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        List<int[]> literalRanges = new ArrayList<>();
        for (Object p : parts) {
            if (p instanceof String s) {
                sb.append(s);
            } else {
                String v = value((Var) p, vars);
                if (v == null) {
                    return null;
                }
                literalRanges.add(new int[] {sb.length(), sb.length() + v.length()});
                sb.append(v);
            }
        }
        char[] chars = sb.toString().toCharArray();
        boolean[] literal = new boolean[chars.length];
        for (int[] r : literalRanges) {
            for (int i = r[0]; i < r[1]; i++) {
                literal[i] = true;
            }
        }
        return Wildcard.compile(chars, literal, ignoreCase);
    }

    /** The pattern text with substituted characters marked, for ARN patterns split on colons. */
    Marked marked(Variables vars) {
        if (!hasVariables()) {
            return new Marked(text.toCharArray(), null);
        }
        StringBuilder sb = new StringBuilder();
        List<Boolean> lit = new ArrayList<>();
        for (Object p : parts) {
            boolean literal = !(p instanceof String);
            String s = literal ? value((Var) p, vars) : (String) p;
            if (s == null) {
                return null;
            }
            sb.append(s);
            for (int i = 0; i < s.length(); i++) {
                lit.add(literal);
            }
        }
        boolean[] mask = new boolean[lit.size()];
        for (int i = 0; i < mask.length; i++) {
            mask[i] = lit.get(i);
        }
        return new Marked(sb.toString().toCharArray(), mask);
    }

    /** Pattern characters and which of them are literal (null: none). */
    record Marked(char[] chars, boolean[] literal) {
    }

    private static String value(Var v, Variables vars) {
        if (v.literal() != null) {
            return v.literal();
        }
        String value = vars.variable(v.lowerKey());
        return value != null ? value : v.defaultValue();
    }

    @Override
    public String toString() {
        return text;
    }
}
