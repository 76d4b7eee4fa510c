package io.iamkit.eval;

import io.iamkit.IamkitException;
import io.iamkit.Problem;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The context keys of a request: an unmodifiable map that keeps keys as written but looks them up
 * ignoring case, because IAM compares condition key names case-insensitively.
 */
final class RequestContext extends AbstractMap<String, List<String>> {

    static final RequestContext EMPTY = new RequestContext(Map.of());

    private final Map<String, List<String>> asWritten;
    private final Map<String, List<String>> byLowerKey;

    private RequestContext(Map<String, List<String>> source) {
        Map<String, List<String>> written = new LinkedHashMap<>();
        Map<String, List<String>> lower = new HashMap<>();
        for (Map.Entry<String, List<String>> e : source.entrySet()) {
            String key = e.getKey();
            if (key == null || hasNull(e.getValue())) {
                throw new IamkitException(Problem.error("eval.context", key == null ? "/context" : "/context/" + key,
                        key == null ? "a context key is null; name it, as in \"aws:SourceIp\""
                                : "the context key " + key + " has a null value; give strings (an empty list for no values)"));
            }
            List<String> values = List.copyOf(e.getValue());
            if (lower.put(key.toLowerCase(Locale.ROOT), values) != null) {
                throw new IamkitException(Problem.error("eval.context", "/context/" + key,
                        "the context key " + key + " is given twice; context keys are case-insensitive, so give each once"));
            }
            written.put(key, values);
        }
        this.asWritten = Collections.unmodifiableMap(written);
        this.byLowerKey = lower;
    }

    /** True for a null list or one holding null (checked by hand: immutable lists throw on contains(null)). */
    static boolean hasNull(List<String> values) {
        if (values == null) {
            return true;
        }
        for (String v : values) {
            if (v == null) {
                return true;
            }
        }
        return false;
    }

    static RequestContext of(Map<String, List<String>> source) {
        if (source == null || source.isEmpty()) {
            return EMPTY;
        }
        return source instanceof RequestContext rc ? rc : new RequestContext(source);
    }

    /** The values of a key already in lower case, or null when the request does not carry it. */
    List<String> lookupLower(String lowerKey) {
        return byLowerKey.get(lowerKey);
    }

    @Override
    public List<String> get(Object key) {
        return key instanceof String s ? byLowerKey.get(s.toLowerCase(Locale.ROOT)) : null;
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public Set<Entry<String, List<String>>> entrySet() {
        return asWritten.entrySet();
    }
}
