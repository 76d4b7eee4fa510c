package io.iamkit.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A compiled IAM wildcard pattern: {@code *} matches any run of characters (including {@code /}
 * and {@code :}), {@code ?} exactly one character. Characters that came from a policy variable
 * ({@code ${*}}, a user name) are literal even if they are {@code *} or {@code ?}.
 *
 * <p>Matching uses no regular expression and never backtracks past a star: the pattern is cut at
 * its stars into segments, the first must match at the start, the last at the end, and each middle
 * segment is placed at its leftmost match after the previous one (leftmost placement is always
 * safe). Each middle segment is found in time linear in the text: Knuth-Morris-Pratt for a segment
 * without {@code ?}, a bit-parallel Shift-And for one with {@code ?} (its cost grows with the
 * segment's length / 64). So no pattern, however long or hostile, makes a match quadratic.
 */
final class Wildcard {

    private static final Wildcard ANY = new Wildcard(new Segment[] {Segment.of(new char[0], null), Segment.of(new char[0], null)}, false);

    /**
     * A run of pattern characters between stars. {@code any[i]} marks a {@code ?} at i (null when
     * none); {@code next} is the KMP failure table of a segment without {@code ?}; {@code search}
     * the Shift-And tables of one with.
     */
    private record Segment(char[] chars, boolean[] any, int[] next, ShiftAnd search) {
        int length() {
            return chars.length;
        }

        static Segment of(char[] chars, boolean[] any) {
            return any == null ? new Segment(chars, null, failure(chars), null) : new Segment(chars, any, null, new ShiftAnd(chars, any));
        }

        /** KMP: next[i] is the length of the longest proper border of chars[0..i]. */
        private static int[] failure(char[] p) {
            int[] next = new int[p.length];
            int k = 0;
            for (int i = 1; i < p.length; i++) {
                while (k > 0 && p[i] != p[k]) {
                    k = next[k - 1];
                }
                if (p[i] == p[k]) {
                    k++;
                }
                next[i] = k;
            }
            return next;
        }
    }

    /** Shift-And tables for a segment with {@code ?}: per distinct character, the positions it may take. */
    private static final class ShiftAnd {
        final int words;
        final long[] anyMask;       // positions holding '?', which take every character
        final char[] keys;          // distinct literal characters, sorted
        final long[][] masks;       // masks[k]: positions holding keys[k], or '?'
        final int lastWord;
        final long lastBit;

        ShiftAnd(char[] chars, boolean[] any) {
            int m = chars.length;
            words = (m + 63) >>> 6;
            anyMask = new long[words];
            for (int i = 0; i < m; i++) {
                if (any[i]) {
                    anyMask[i >>> 6] |= 1L << (i & 63);
                }
            }
            char[] literals = new char[m];
            int n = 0;
            for (int i = 0; i < m; i++) {
                if (!any[i]) {
                    literals[n++] = chars[i];
                }
            }
            Arrays.sort(literals, 0, n);
            int distinct = 0;
            for (int i = 0; i < n; i++) {
                if (distinct == 0 || literals[distinct - 1] != literals[i]) {
                    literals[distinct++] = literals[i];
                }
            }
            keys = Arrays.copyOf(literals, distinct);
            masks = new long[keys.length][];
            for (int k = 0; k < keys.length; k++) {
                masks[k] = anyMask.clone();
            }
            for (int i = 0; i < m; i++) {
                if (!any[i]) {
                    int k = Arrays.binarySearch(keys, chars[i]);
                    masks[k][i >>> 6] |= 1L << (i & 63);
                }
            }
            lastWord = (m - 1) >>> 6;
            lastBit = 1L << ((m - 1) & 63);
        }

        long[] mask(char c) {
            int k = Arrays.binarySearch(keys, c);
            return k >= 0 ? masks[k] : anyMask;
        }
    }

    // One segment: no star at all (exact length). Two or more: stars between them.
    private final Segment[] segments;
    private final boolean ignoreCase;

    private Wildcard(Segment[] segments, boolean ignoreCase) {
        this.segments = segments;
        this.ignoreCase = ignoreCase;
    }

    /** Compiles a pattern in which every {@code *} and {@code ?} is a wildcard. */
    static Wildcard compile(String pattern, boolean ignoreCase) {
        if (pattern.equals("*")) {
            return ANY;
        }
        return compile(pattern.toCharArray(), null, ignoreCase);
    }

    /**
     * Compiles a pattern whose characters marked in {@code literal} (may be null) are taken as they
     * are, wildcard characters included.
     */
    static Wildcard compile(char[] chars, boolean[] literal, boolean ignoreCase) {
        List<Segment> segments = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        List<Integer> anyAt = new ArrayList<>();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            boolean lit = literal != null && literal[i];
            if (c == '*' && !lit) {
                segments.add(segment(run, anyAt, ignoreCase));
                run.setLength(0);
                anyAt.clear();
            } else {
                if (c == '?' && !lit) {
                    anyAt.add(run.length());
                }
                run.append(c);
            }
        }
        segments.add(segment(run, anyAt, ignoreCase));
        return new Wildcard(segments.toArray(new Segment[0]), ignoreCase);
    }

    private static Segment segment(StringBuilder run, List<Integer> anyAt, boolean ignoreCase) {
        char[] text = run.toString().toCharArray();
        if (ignoreCase) {
            // Char by char, exactly as fold() treats the text, so both sides agree on every character.
            for (int i = 0; i < text.length; i++) {
                text[i] = Character.toLowerCase(text[i]);
            }
        }
        boolean[] any = null;
        if (!anyAt.isEmpty()) {
            any = new boolean[text.length];
            for (int i : anyAt) {
                any[i] = true;
            }
        }
        return Segment.of(text, any);
    }

    boolean matches(CharSequence s) {
        int n = s.length();
        if (segments.length == 1) {
            Segment only = segments[0];
            return n == only.length() && matchesAt(only, s, 0);
        }
        Segment first = segments[0];
        Segment last = segments[segments.length - 1];
        if (first.length() + last.length() > n || !matchesAt(first, s, 0) || !matchesAt(last, s, n - last.length())) {
            return false;
        }
        int pos = first.length();
        int end = n - last.length();
        for (int k = 1; k < segments.length - 1; k++) {
            Segment seg = segments[k];
            int at = seg.search == null ? findLiteral(seg, s, pos, end) : findWithAny(seg, s, pos, end);
            if (at < 0) {
                return false;
            }
            pos = at + seg.length();
        }
        return true;
    }

    /** Leftmost start of a {@code ?}-free segment in s[from, end), by Knuth-Morris-Pratt; -1 if none. */
    private int findLiteral(Segment seg, CharSequence s, int from, int end) {
        char[] p = seg.chars;
        int m = p.length;
        if (m == 0) {
            return from;
        }
        int[] next = seg.next;
        int k = 0;
        for (int i = from; i < end; i++) {
            char c = fold(s.charAt(i));
            while (k > 0 && c != p[k]) {
                k = next[k - 1];
            }
            if (c == p[k]) {
                k++;
            }
            if (k == m) {
                return i - m + 1;
            }
        }
        return -1;
    }

    /** Leftmost start of a segment with {@code ?} in s[from, end), by Shift-And; -1 if none. */
    private int findWithAny(Segment seg, CharSequence s, int from, int end) {
        ShiftAnd sa = seg.search;
        long[] state = new long[sa.words];
        for (int i = from; i < end; i++) {
            long[] mask = sa.mask(fold(s.charAt(i)));
            long carry = 1L; // a match may start at every position
            for (int w = 0; w < sa.words; w++) {
                long shifted = (state[w] << 1) | carry;
                carry = state[w] >>> 63;
                state[w] = shifted & mask[w];
            }
            if ((state[sa.lastWord] & sa.lastBit) != 0) {
                return i - seg.length() + 1;
            }
        }
        return -1;
    }

    private boolean matchesAt(Segment seg, CharSequence s, int at) {
        char[] cs = seg.chars;
        boolean[] any = seg.any;
        for (int i = 0; i < cs.length; i++) {
            if (any != null && any[i]) {
                continue;
            }
            if (fold(s.charAt(at + i)) != cs[i]) {
                return false;
            }
        }
        return true;
    }

    private char fold(char c) {
        if (!ignoreCase) {
            return c;
        }
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return Character.toLowerCase(c);
    }
}
