package io.iamkit.testkit.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a listing, IAM style: at most MaxItems entries, {@code IsTruncated}, and an opaque
 * {@code Marker} naming where the next page starts. Markers hold the sort key of the next entry, not
 * an index, so entries created or deleted between pages neither repeat nor vanish.
 */
record Page<T>(List<T> items, boolean truncated, String marker) {

    /**
     * @param sorted entries in listing order, unique by {@code key}
     * @param key    the entry's sort key
     */
    static <T> Page<T> of(List<T> sorted, Function<T, String> key, String marker, Integer maxItems) {
        int max = Checks.maxItems(maxItems);
        String from = marker == null ? null : decode(marker);
        List<T> out = new ArrayList<>();
        for (T item : sorted) {
            if (from != null && key.apply(item).compareTo(from) < 0) {
                continue;
            }
            if (out.size() == max) {
                return new Page<>(out, true, encode(key.apply(item)));
            }
            out.add(item);
        }
        return new Page<>(out, false, null);
    }

    /** Marks a marker as the fake's own, so that a corrupted one is refused rather than read as "from the start". */
    private static final String TAG = "iamkit1:";

    private static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((TAG + key).getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String marker) {
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(marker), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            text = "";
        }
        if (!text.startsWith(TAG)) {
            throw Errors.validation("Invalid Marker: " + marker);
        }
        return text.substring(TAG.length());
    }
}
