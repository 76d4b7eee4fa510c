package io.iamkit.json;

import io.iamkit.IamkitException;
import io.iamkit.Problem;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * RFC 3986 percent-encoding, as IAM uses for the policy documents that GetRole, GetRolePolicy and
 * GetPolicyVersion return. Unlike {@link java.net.URLDecoder}, a {@code +} stays a {@code +}: IAM
 * encodes spaces as {@code %20}, and form-decoding would corrupt a literal plus.
 */
public final class PercentEncoding {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentEncoding() {
    }

    /** True when {@code text} looks like an encoded JSON document: it starts with {@code %7B} ({@code {}). */
    public static boolean looksEncoded(String text) {
        String t = text.stripLeading();
        return t.regionMatches(true, 0, "%7B", 0, 3);
    }

    public static String decode(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length() || Character.digit(text.charAt(i + 1), 16) < 0 || Character.digit(text.charAt(i + 2), 16) < 0) {
                    throw new IamkitException(Problem.error("json.encoding", "offset " + i,
                            "a '%' must be followed by two hex digits in a URL-encoded policy document"));
                }
                out.write(Character.digit(text.charAt(i + 1), 16) * 16 + Character.digit(text.charAt(i + 2), 16));
                i += 2;
            } else if (c < 0x80) {
                out.write(c);
            } else {
                byte[] bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
                    bytes = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                out.write(bytes, 0, bytes.length);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Encodes every byte outside RFC 3986's unreserved set ({@code A-Z a-z 0-9 - . _ ~}). */
    public static String encode(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            int c = b & 0xff;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                sb.append((char) c);
            } else {
                sb.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return sb.toString();
    }
}
