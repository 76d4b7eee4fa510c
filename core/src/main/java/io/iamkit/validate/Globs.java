package io.iamkit.validate;

/**
 * IAM's wildcard match for other packages (lint asks "does {@code iam:*Role} grant
 * {@code iam:PassRole}?"): {@code *} any run of characters, {@code ?} one, ignoring case, and
 * linear, so a hostile pattern cannot hang it.
 */
public final class Globs {

    private Globs() {
    }

    /** True when {@code pattern} (with {@code *} and {@code ?}) matches all of {@code text}, ignoring case. */
    public static boolean matchesIgnoreCase(String pattern, String text) {
        return Patterns.globMatchesIgnoreCase(pattern, text);
    }
}
