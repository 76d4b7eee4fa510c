package io.iamkit.spec;

import java.util.Locale;
import java.util.Optional;

/**
 * What an apply may remove from a role: the spec's {@code "Ownership"}.
 */
public enum Ownership {
    /** The default: undeclared inline policies, attachments and tags are left alone and reported. */
    ADDITIVE,
    /** The role is exactly what is declared: undeclared inline policies, attachments and tags are removed. */
    EXCLUSIVE;

    /** As written in a spec: {@code additive} or {@code exclusive}. */
    public String text() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The mode named by {@code text}, ignoring case. */
    public static Optional<Ownership> fromText(String text) {
        for (Ownership o : values()) {
            if (o.text().equalsIgnoreCase(text)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }
}
