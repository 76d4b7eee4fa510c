package io.iamkit.role;

import java.util.Objects;

/** An IAM tag. Keys are unique per resource ignoring case; values may be empty. */
public record Tag(String key, String value) {

    public Tag {
        Objects.requireNonNull(key, "tag key");
        Objects.requireNonNull(value, "tag value (use \"\" for an empty value)");
    }

    public static Tag of(String key, String value) {
        return new Tag(key, value);
    }
}
