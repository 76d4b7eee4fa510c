package io.iamkit.aws;

import java.util.Objects;

/**
 * Something the applier found and deliberately did not change, for a person to look at.
 *
 * @param kind    what sort of finding
 * @param target  {@code role/NAME} or {@code policy/ARN}
 * @param message what was found and what to do about it
 */
public record Note(Kind kind, String target, String message) {

    public enum Kind {
        /** Additive mode left an inline policy, attachment, tag or boundary the spec does not declare. */
        UNDECLARED,
        /** The trust policy names a principal by unique id ({@code AROA…}/{@code AIDA…}): it was deleted and recreated. */
        BROKEN_TRUST,
        /** A declared value IAM cannot change in place (a role's path, a managed policy's description). */
        IMMUTABLE,
        /** A role declared for deletion was left alone because it lacks iamkit's ownership tag. */
        NOT_OWNED,
        /** A role declared for deletion does not exist: nothing to do. */
        ALREADY_ABSENT
    }

    public Note {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return kind + " " + target + ": " + message;
    }
}
