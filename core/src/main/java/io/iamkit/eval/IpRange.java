package io.iamkit.eval;

import io.iamkit.Ascii;

/**
 * An IPv4 or IPv6 address with a prefix length, read without {@link java.net.InetAddress} (which
 * would resolve host names over the network). A bare address is a range of one.
 */
final class IpRange {

    private final byte[] address;
    private final int prefix;

    private IpRange(byte[] address, int prefix) {
        this.address = address;
        this.prefix = prefix;
    }

    /** Reads {@code 10.0.0.0/8}, {@code 203.0.113.7}, {@code 2001:db8::/32}, {@code ::ffff:10.0.0.1}; null if unreadable. */
    static IpRange parse(String text) {
        String s = text.trim();
        int slash = s.indexOf('/');
        String addr = slash < 0 ? s : s.substring(0, slash);
        byte[] bytes = addr.indexOf(':') >= 0 ? ipv6(addr) : ipv4(addr);
        if (bytes == null) {
            return null;
        }
        int max = bytes.length * 8;
        int prefix = max;
        if (slash >= 0) {
            String p = s.substring(slash + 1);
            // ASCII digits only: Character.isDigit would let "/٨" (an Arabic-Indic eight) through.
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return null;
            }
            prefix = Integer.parseInt(p);
            if (prefix > max) {
                return null;
            }
        }
        return new IpRange(bytes, prefix);
    }

    /** True when {@code other}'s address lies in this range (same family only). */
    boolean contains(IpRange other) {
        byte[] a = other.address;
        if (a.length != address.length) {
            return false;
        }
        int full = prefix / 8;
        for (int i = 0; i < full; i++) {
            if (a[i] != address[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xFF << (8 - rest)) & 0xFF;
        return (a[full] & mask) == (address[full] & mask);
    }

    private static byte[] ipv4(String s) {
        byte[] out = new byte[4];
        int part = 0;
        int value = -1;
        int digits = 0;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : '.';
            if (c == '.') {
                if (value < 0 || part > 3) {
                    return null;
                }
                out[part++] = (byte) value;
                value = -1;
                digits = 0;
            } else if (c >= '0' && c <= '9') {
                value = (value < 0 ? 0 : value * 10) + (c - '0');
                if (++digits > 3 || value > 255) {
                    return null;
                }
            } else {
                return null;
            }
        }
        return part == 4 ? out : null;
    }

    private static byte[] ipv6(String s) {
        int dc = s.indexOf("::");
        if (dc >= 0 && s.indexOf("::", dc + 1) >= 0) {
            return null;
        }
        String head = dc < 0 ? s : s.substring(0, dc);
        String tail = dc < 0 ? "" : s.substring(dc + 2);
        // A dotted IPv4 part may only end the address, so it may not end the part before "::".
        int[] h = groups(head, dc < 0);
        int[] t = groups(tail, true);
        if (h == null || t == null) {
            return null;
        }
        int total = h.length + t.length;
        if ((dc < 0 && total != 16) || (dc >= 0 && total > 14)) {
            return null;
        }
        byte[] out = new byte[16];
        for (int i = 0; i < h.length; i++) {
            out[i] = (byte) h[i];
        }
        for (int i = 0; i < t.length; i++) {
            out[16 - t.length + i] = (byte) t[i];
        }
        return out;
    }

    /** Colon-separated hex groups, the last possibly a dotted IPv4 address, as bytes; null if unreadable. */
    private static int[] groups(String s, boolean mayEndInIpv4) {
        if (s.isEmpty()) {
            return new int[0];
        }
        String[] g = s.split(":", -1);
        int[] out = new int[g.length * 2 + 2];
        int n = 0;
        for (int i = 0; i < g.length; i++) {
            String x = g[i];
            if (mayEndInIpv4 && i == g.length - 1 && x.indexOf('.') >= 0) {
                byte[] v4 = ipv4(x);
                if (v4 == null) {
                    return null;
                }
                for (byte b : v4) {
                    out[n++] = b & 0xFF;
                }
                continue;
            }
            if (x.isEmpty() || x.length() > 4) {
                return null;
            }
            int v = 0;
            for (int k = 0; k < x.length(); k++) {
                int d = Ascii.hexValue(x.charAt(k));
                if (d < 0) {
                    return null;
                }
                v = v * 16 + d;
            }
            out[n++] = v >> 8;
            out[n++] = v & 0xFF;
        }
        int[] exact = new int[n];
        System.arraycopy(out, 0, exact, 0, n);
        return exact;
    }
}
