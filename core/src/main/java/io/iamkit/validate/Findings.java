package io.iamkit.validate;

import io.iamkit.Problem;
import io.iamkit.Severity;
import java.util.ArrayList;
import java.util.List;

/** Collects problems under one owner ({@code role app trust policy}) so every check can keep going. */
final class Findings {

    private static final int MAX_QUOTED = 120;

    private final String owner;
    private final List<Problem> problems = new ArrayList<>();

    Findings(String owner) {
        this.owner = owner == null ? "" : owner;
    }

    void error(String code, String pointer, String message) {
        add(Severity.ERROR, code, pointer, message);
    }

    void warn(String code, String pointer, String message) {
        add(Severity.WARNING, code, pointer, message);
    }

    void add(Severity severity, String code, String pointer, String message) {
        String at = pointer.isEmpty() ? "/" : pointer;
        problems.add(new Problem(severity, code, owner.isEmpty() ? at : owner + " " + at, message));
    }

    void addAll(List<Problem> more) {
        problems.addAll(more);
    }

    List<Problem> problems() {
        return problems;
    }

    ValidationResult result() {
        return ValidationResult.of(problems);
    }

    /** A value for a message: quoted, and cut short so hostile input cannot flood a log. */
    static String quote(String value) {
        if (value == null) {
            return "null";
        }
        String shown = value.length() > MAX_QUOTED ? value.substring(0, MAX_QUOTED) + "…" : value;
        return "'" + shown + "'";
    }

    /** RFC 6901 escaping of one reference token. */
    static String token(String key) {
        String k = key.length() > MAX_QUOTED ? key.substring(0, MAX_QUOTED) + "…" : key;
        return k.replace("~", "~0").replace("/", "~1");
    }

    /** {@code /Action} for a one-value list (it may have been written as a string), else {@code /Action/3}. */
    static String element(String base, List<String> list, int i) {
        return list.size() == 1 ? base : base + "/" + i;
    }
}
