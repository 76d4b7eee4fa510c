package io.iamkit.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * A compiled IAM wildcard pattern: {@code *} matches any run of characters (including {@code /}
 * and {@code :}), {@code ?} exactly one character. Characters that came from a policy variable
 * ({@code ${*}}, a user name) are literal even if they are {@code *} or {@code ?}.
 *
 * <p>Matching uses no regular expression and never backtracks past a star: the pattern is cut at
 * its stars into segments, the first must match at the start, the last at the end, and each middle
 * segment is placed at its leftmost match after the previous one. Leftmost placement is always
 * safe, so the cost is at most the text length times the longest segment, and
 * {@code a*a*a*a*a*a*a*a*a*b} against 10,000 characters costs a few microseconds.
 */
final class Wildcard {

    private static final Wildcard ANY = new Wildcard(new Segment[] {new Segment(new char[0], null), new Segment(new char[0], null)}, false);

    /** A run of pattern characters between stars; {@code any[i]} marks a {@code ?} at i (null when none). */
    private record Segment(char[] chars, boolean[] any) {
        int length() {
            return chars.length;
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
        return new Segment(text, any);
    }

    /** True when the pattern has no wildcard: it matches exactly one string. */
    boolean isLiteral() {
        return segments.length == 1 && segments[0].any == null;
    }

    boolean matches(String s) {
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
            int at = find(seg, s, pos, end);
            if (at < 0) {
                return false;
            }
            pos = at + seg.length();
        }
        return true;
    }

    private int find(Segment seg, String s, int from, int end) {
        int len = seg.length();
        if (len == 0) {
            return from;
        }
        char[] cs = seg.chars;
        for (int i = from; i + len <= end; i++) {
            // Quick reject on the first character before checking the whole segment.
            if ((seg.any != null && seg.any[0]) || fold(s.charAt(i)) == cs[0]) {
                if (matchesAt(seg, s, i)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private boolean matchesAt(Segment seg, String s, int at) {
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
