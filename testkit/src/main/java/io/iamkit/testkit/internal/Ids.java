package io.iamkit.testkit.internal;

import java.util.SplittableRandom;

/** Deterministic unique ids, AWS-shaped: a prefix and upper-case base-32 characters. */
final class Ids {

    private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
    private static final char[] BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".toCharArray();

    private final SplittableRandom random;

    Ids(long seed) {
        this.random = new SplittableRandom(seed);
    }

    synchronized String next(String prefix, int length) {
        return prefix + chars(BASE32, length - prefix.length());
    }

    synchronized String secret(int length) {
        return chars(BASE64, length);
    }

    private String chars(char[] alphabet, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(alphabet[random.nextInt(alphabet.length)]);
        }
        return sb.toString();
    }

    /** A stable id for an AWS managed policy: the same in every fake and every run. */
    static String stable(String prefix, String key) {
        SplittableRandom r = new SplittableRandom(key.hashCode() * 0x9E3779B97F4A7C15L);
        StringBuilder sb = new StringBuilder(prefix);
        while (sb.length() < 21) {
            sb.append(BASE32[r.nextInt(BASE32.length)]);
        }
        return sb.toString();
    }
}
