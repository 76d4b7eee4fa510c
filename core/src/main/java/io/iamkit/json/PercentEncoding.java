package io.iamkit.json;

import io.iamkit.Ascii;
import io.iamkit.IamkitException;
import io.iamkit.Problem;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
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

    /**
     * Decodes {@code %XX} escapes; other characters are kept as they are (a {@code +} included).
     *
     * @throws IamkitException when a {@code %} is not followed by two ASCII hex digits, or the escaped
     *                         bytes are not UTF-8 (decoding them would silently put U+FFFD in the policy)
     */
    public static String decode(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        ByteArrayOutputStream run = new ByteArrayOutputStream();
        int runStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                int hi = i + 1 < text.length() ? Ascii.hexValue(text.charAt(i + 1)) : -1;
                int lo = i + 2 < text.length() ? Ascii.hexValue(text.charAt(i + 2)) : -1;
                if (hi < 0 || lo < 0) {
                    throw new IamkitException(Problem.error("json.encoding", "offset " + i,
                            "a '%' must be followed by two hex digits in a URL-encoded policy document"));
                }
                if (run.size() == 0) {
                    runStart = i;
                }
                run.write(hi * 16 + lo);
                i += 2;
            } else {
                flush(run, runStart, sb);
                sb.append(c);
            }
        }
        flush(run, runStart, sb);
        return sb.toString();
    }

    /** Appends a run of escaped bytes as UTF-8, strictly. */
    private static void flush(ByteArrayOutputStream run, int at, StringBuilder sb) {
        if (run.size() == 0) {
            return;
        }
        try {
            sb.append(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(run.toByteArray())));
        } catch (CharacterCodingException e) {
            throw new IamkitException(Problem.error("json.encoding", "offset " + at,
                    "the escaped bytes starting here are not UTF-8 text; IAM encodes documents as UTF-8"));
        }
        run.reset();
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
