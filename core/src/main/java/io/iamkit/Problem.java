package io.iamkit;

import java.util.Objects;

/**
 * One thing wrong (or worth a look) in a policy, role or request.
 *
 * @param severity how bad it is
 * @param code     a stable identifier for tools and tests, such as {@code json.syntax} or {@code quota.role-name}
 * @param location where: an owner and a JSON pointer, such as {@code role app inline:read /Statement/2/Condition}
 * @param message  what is wrong and how to fix it, for a person
 */
public record Problem(Severity severity, String code, String location, String message) {

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    public static Problem error(String code, String location, String message) {
        return new Problem(Severity.ERROR, code, location, message);
    }

    /** The same problem, its location prefixed by an owner such as {@code role app}. */
    public Problem under(String owner) {
        if (owner == null || owner.isEmpty()) {
            return this;
        }
        return new Problem(severity, code, location.isEmpty() ? owner : owner + " " + location, message);
    }

    @Override
    public String toString() {
        return severity + " " + (location.isEmpty() ? "" : location + ": ") + message + " [" + code + "]";
    }
}
