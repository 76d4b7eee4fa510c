package io.iamkit.eval;

/**
 * IAM's matching of an {@code Action} / {@code NotAction} pattern against an action name, for
 * code outside the engine (validator, linter) that must agree with it exactly.
 */
public final class ActionPatterns {

    private ActionPatterns() {
    }

    /**
     * True when {@code pattern} ({@code *} any run of characters, {@code ?} one) matches
     * {@code action}, ignoring case as IAM does for actions. Linear time, whatever the pattern.
     */
    public static boolean matches(String pattern, String action) {
        return Wildcard.compile(pattern, true).matches(RequestView.lower(action));
    }
}
