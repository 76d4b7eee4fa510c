package io.iamkit.policy;

import java.util.Objects;

/**
 * A statement's {@code Effect}. A value rather than an enum so that a document with an effect IAM
 * does not know ({@code "Permit"}) can still be read, kept and reported by the validator instead of
 * being lost at parse time.
 *
 * @param value the text as written
 */
public record Effect(String value) {

    public static final Effect ALLOW = new Effect("Allow");
    public static final Effect DENY = new Effect("Deny");

    public Effect {
        Objects.requireNonNull(value, "value");
    }

    public static Effect of(String value) {
        if ("Allow".equals(value)) {
            return ALLOW;
        }
        if ("Deny".equals(value)) {
            return DENY;
        }
        return new Effect(value);
    }

    public boolean isAllow() {
        return "Allow".equalsIgnoreCase(value);
    }

    public boolean isDeny() {
        return "Deny".equalsIgnoreCase(value);
    }

    /** {@code Allow} or {@code Deny}, in any case. */
    public boolean isKnown() {
        return isAllow() || isDeny();
    }

    @Override
    public String toString() {
        return value;
    }
}
