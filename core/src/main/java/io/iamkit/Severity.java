package io.iamkit;

/** How bad a {@link Problem} is. Ordered from worst to mildest. */
public enum Severity {
    /** IAM would reject it, or it cannot mean what it says. */
    ERROR,
    /** IAM accepts it, but it grants more than it should (for example a confused-deputy risk). */
    SECURITY_WARNING,
    /** Accepted, probably not what was meant. */
    WARNING,
    /** A suggestion. */
    SUGGESTION
}
