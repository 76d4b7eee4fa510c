package io.iamkit.policy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A statement's {@code Principal} or {@code NotPrincipal}: either the bare wildcard {@code "*"}
 * (anyone, including anonymous callers) or a map from principal type ({@code AWS}, {@code Service},
 * {@code Federated}, {@code CanonicalUser}) to the values named for it.
 *
 * <p>{@code "*"} and {@code {"AWS": "*"}} are kept apart on purpose: IAM does not treat them the same
 * in every context. Unknown principal types are kept so the validator can report them.
 *
 * @param wildcard true for the bare {@code "*"}; then {@code entries} is empty
 * @param entries  principal type to values, in the order written; unmodifiable
 */
public record Principal(boolean wildcard, Map<String, List<String>> entries) {

    public static final String AWS = "AWS";
    public static final String SERVICE = "Service";
    public static final String FEDERATED = "Federated";
    public static final String CANONICAL_USER = "CanonicalUser";

    private static final Principal ANYONE = new Principal(true, Map.of());

    public Principal {
        Objects.requireNonNull(entries, "entries");
        if (wildcard && !entries.isEmpty()) {
            throw new IllegalArgumentException("the wildcard principal \"*\" has no typed entries");
        }
        Map<String, List<String>> copy = new LinkedHashMap<>();
        entries.forEach((type, values) -> {
            Objects.requireNonNull(type, "principal type: null; use AWS, Service, Federated or CanonicalUser");
            Objects.requireNonNull(values, () -> "principal " + type + ": no values given (null)");
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) == null) {
                    throw new NullPointerException("principal " + type + ": value " + i + " is null");
                }
            }
            copy.put(type, List.copyOf(values));
        });
        entries = Collections.unmodifiableMap(copy);
    }

    /** The bare {@code "Principal": "*"}: anyone, authenticated or not. */
    public static Principal anyone() {
        return ANYONE;
    }

    /** {@code {"AWS": [...]}}: account ids, account roots, IAM or STS ARNs, or {@code "*"}. */
    public static Principal aws(String... values) {
        return of(AWS, values);
    }

    /** {@code {"Service": [...]}}, such as {@code ecs-tasks.amazonaws.com}. */
    public static Principal service(String... services) {
        return of(SERVICE, services);
    }

    /** {@code {"Federated": [...]}}: an OIDC or SAML provider ARN, or a web identity provider such as {@code cognito-identity.amazonaws.com}. */
    public static Principal federated(String... providers) {
        return of(FEDERATED, providers);
    }

    /** {@code {"CanonicalUser": [...]}}: S3 canonical user ids. */
    public static Principal canonicalUser(String... ids) {
        return of(CANONICAL_USER, ids);
    }

    public static Principal of(String type, String... values) {
        Objects.requireNonNull(type, "principal type: null; use AWS, Service, Federated or CanonicalUser");
        Map<String, List<String>> one = new LinkedHashMap<>();
        one.put(type, values == null ? null : Arrays.asList(values));
        return new Principal(false, one);
    }

    /** This principal with {@code values} added under {@code type}. */
    public Principal and(String type, String... values) {
        if (wildcard) {
            throw new IllegalStateException("the wildcard principal \"*\" cannot be combined with typed entries");
        }
        Map<String, List<String>> merged = new LinkedHashMap<>(entries);
        List<String> list = new ArrayList<>(merged.getOrDefault(type, List.of()));
        list.addAll(Arrays.asList(Objects.requireNonNull(values, () -> "principal " + type + ": no values given (null)")));
        merged.put(type, list);
        return new Principal(false, merged);
    }

    /** The values under {@code type}, or an empty list. */
    public List<String> values(String type) {
        return entries.getOrDefault(type, List.of());
    }

    public boolean isEmpty() {
        return !wildcard && entries.values().stream().allMatch(List::isEmpty);
    }

    @Override
    public String toString() {
        return wildcard ? "*" : entries.toString();
    }
}
