package io.iamkit.policy;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A condition operator as written, such as {@code ForAnyValue:StringLikeIfExists}, and what IAM
 * reads in it. An operator IAM does not know is kept ({@link #isKnown()} is false) so that the
 * validator can report it with its location rather than the reader dropping it.
 *
 * @param text the operator exactly as written
 */
public record ConditionOperator(String text) {

    /** The set operator prefix for multi-valued keys. */
    public enum Qualifier {
        NONE(""), FOR_ALL_VALUES("ForAllValues:"), FOR_ANY_VALUE("ForAnyValue:");

        private final String prefix;

        Qualifier(String prefix) {
            this.prefix = prefix;
        }

        public String prefix() {
            return prefix;
        }
    }

    private static final String IF_EXISTS = "IfExists";

    public ConditionOperator {
        Objects.requireNonNull(text, "operator");
    }

    public static ConditionOperator of(String text) {
        return new ConditionOperator(text);
    }

    public static ConditionOperator of(ConditionFunction function) {
        return new ConditionOperator(function.iamName());
    }

    public static ConditionOperator of(Qualifier qualifier, ConditionFunction function, boolean ifExists) {
        return new ConditionOperator(qualifier.prefix() + function.iamName() + (ifExists ? IF_EXISTS : ""));
    }

    public Qualifier qualifier() {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("forallvalues:")) {
            return Qualifier.FOR_ALL_VALUES;
        }
        if (lower.startsWith("foranyvalue:")) {
            return Qualifier.FOR_ANY_VALUE;
        }
        return Qualifier.NONE;
    }

    /** True for the {@code …IfExists} variants, which are true when the key is missing. */
    public boolean ifExists() {
        String body = body();
        return body.length() > IF_EXISTS.length()
                && body.regionMatches(true, body.length() - IF_EXISTS.length(), IF_EXISTS, 0, IF_EXISTS.length())
                && ConditionFunction.fromIamName(body).isEmpty();
    }

    /** The comparison, or empty for an operator IAM does not know. */
    public Optional<ConditionFunction> function() {
        String body = body();
        Optional<ConditionFunction> plain = ConditionFunction.fromIamName(body);
        if (plain.isPresent()) {
            return plain;
        }
        if (ifExists()) {
            Optional<ConditionFunction> base = ConditionFunction.fromIamName(body.substring(0, body.length() - IF_EXISTS.length()));
            // IAM has no NullIfExists: Null already speaks about existence.
            return base.filter(f -> f != ConditionFunction.NULL);
        }
        return Optional.empty();
    }

    public boolean isKnown() {
        return function().isPresent();
    }

    /**
     * The operator as AWS spells it ({@code ForAnyValue:StringLikeIfExists}); operators are
     * case-insensitive in IAM, so this is the form documents compare by. Unknown operators are
     * returned as written.
     */
    public String canonicalText() {
        return function().map(f -> qualifier().prefix() + f.iamName() + (ifExists() ? IF_EXISTS : "")).orElse(text);
    }

    private String body() {
        return text.substring(qualifier().prefix().length());
    }

    @Override
    public String toString() {
        return text;
    }
}
