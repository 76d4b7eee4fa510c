package io.iamkit.eval;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Base64;

/**
 * How IAM reads condition values of each type. Every reader returns null for a value it cannot
 * read; the caller then treats the comparison as false.
 */
final class TypedValues {

    private TypedValues() {
    }

    /** Integers and decimals, such as {@code 10}, {@code -3}, {@code 2.5}; no exponents, no hex. */
    static BigDecimal number(String s) {
        String t = s.trim();
        if (t.isEmpty() || t.length() > 64) {
            return null;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean ok = (c >= '0' && c <= '9') || c == '.' || ((c == '-' || c == '+') && i == 0);
            if (!ok) {
                return null;
            }
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * A point in time in epoch milliseconds: epoch seconds ({@code 1700000000}, decimals allowed) or
     * ISO 8601 as AWS accepts it: a date ({@code 2020-01-01}, midnight UTC), a date-time with or
     * without seconds and fraction, with {@code Z} or an offset (no zone: UTC). Null if unreadable.
     */
    static Long date(String s) {
        String t = s.trim();
        if (t.isEmpty() || t.length() > 64) {
            return null;
        }
        if (isEpoch(t)) {
            BigDecimal seconds = new BigDecimal(t);
            try {
                return seconds.movePointRight(3).setScale(0, java.math.RoundingMode.FLOOR).longValueExact();
            } catch (ArithmeticException e) {
                return null;
            }
        }
        try {
            if (t.length() == 10) {
                return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            }
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(t, OffsetDateTime::from, LocalDateTime::from);
            if (parsed instanceof OffsetDateTime odt) {
                return odt.toInstant().toEpochMilli();
            }
            return ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (DateTimeParseException | ArithmeticException e) {
            return null;
        }
    }

    private static boolean isEpoch(String t) {
        int dots = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '.') {
                dots++;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return dots <= 1 && t.charAt(0) != '.' && t.charAt(t.length() - 1) != '.' && t.length() <= 20;
    }

    /** {@code true} or {@code false}, any case. */
    static Boolean bool(String s) {
        if (s.equalsIgnoreCase("true")) {
            return Boolean.TRUE;
        }
        if (s.equalsIgnoreCase("false")) {
            return Boolean.FALSE;
        }
        return null;
    }

    /** Standard base64, padding required as written by AWS's examples. */
    static byte[] binary(String s) {
        try {
            return Base64.getDecoder().decode(s.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The six colon-separated parts of an ARN (the resource part keeps its colons), or null. */
    static String[] arnParts(String s) {
        String[] parts = new String[6];
        int start = 0;
        for (int k = 0; k < 5; k++) {
            int colon = s.indexOf(':', start);
            if (colon < 0) {
                return null;
            }
            parts[k] = s.substring(start, colon);
            start = colon + 1;
        }
        parts[5] = s.substring(start);
        return parts[0].equals("arn") ? parts : null;
    }
}
