package io.iamkit.eval;

/**
 * An {@code ArnLike}/{@code ArnEquals} pattern: each of the six colon-separated parts of the ARN is
 * matched on its own, with {@code *} and {@code ?} staying inside their part. A pattern that is not
 * six parts long (such as a bare {@code *}) is matched against the whole ARN.
 */
final class ArnPattern {

    private final Wildcard[] parts; // six, or null when whole is used
    private final Wildcard whole;

    private ArnPattern(Wildcard[] parts, Wildcard whole) {
        this.parts = parts;
        this.whole = whole;
    }

    static ArnPattern compile(Template.Marked m) {
        char[] c = m.chars();
        int[] cuts = new int[5];
        int found = 0;
        for (int i = 0; i < c.length && found < 5; i++) {
            if (c[i] == ':') {
                cuts[found++] = i;
            }
        }
        if (found < 5) {
            return new ArnPattern(null, Wildcard.compile(c, m.literal(), false));
        }
        Wildcard[] parts = new Wildcard[6];
        int start = 0;
        for (int k = 0; k < 6; k++) {
            int end = k < 5 ? cuts[k] : c.length;
            parts[k] = Wildcard.compile(slice(c, start, end), m.literal() == null ? null : slice(m.literal(), start, end), false);
            start = end + 1;
        }
        return new ArnPattern(parts, null);
    }

    private static char[] slice(char[] a, int from, int to) {
        char[] out = new char[to - from];
        System.arraycopy(a, from, out, 0, out.length);
        return out;
    }

    private static boolean[] slice(boolean[] a, int from, int to) {
        boolean[] out = new boolean[to - from];
        System.arraycopy(a, from, out, 0, out.length);
        return out;
    }

    /** Matches the parts of a request ARN from {@link TypedValues#arnParts}; {@code text} is the whole ARN. */
    boolean matches(String[] arnParts, String text) {
        if (whole != null) {
            return whole.matches(text);
        }
        for (int k = 0; k < 6; k++) {
            if (!parts[k].matches(arnParts[k])) {
                return false;
            }
        }
        return true;
    }
}
