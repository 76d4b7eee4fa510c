package io.iamkit;

/**
 * ASCII-only character tests. IAM's formats (ARNs, IP addresses, percent-encoding) are ASCII, while
 * {@link Character#digit} also accepts fullwidth and other Unicode digits; reading those as numbers
 * would let look-alike text pass as valid.
 */
public final class Ascii {

    private Ascii() {
    }

    /** The value of an ASCII hex digit ({@code 0-9}, {@code a-f}, {@code A-F}), or -1. */
    public static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
