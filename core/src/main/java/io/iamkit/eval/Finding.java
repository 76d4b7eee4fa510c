package io.iamkit.eval;

import java.util.Objects;

/**
 * One line of an evaluation's explanation: a statement that allowed, denied or nearly applied, or
 * a step of the evaluation logic that decided.
 *
 * @param source    which kind of policy the finding is about ({@link Source#LOGIC} for a rule of the logic itself)
 * @param policy    the policy, such as {@code identity policy 2} or {@code SCP level 1 policy 1}; empty for logic steps
 * @param statement the statement index in its policy (0-based), or -1
 * @param sid       the statement's {@code Sid}, or null
 * @param verdict   what the statement or step did
 * @param message   why, for a person: what matched, which condition failed and how
 */
public record Finding(Source source, String policy, int statement, String sid, Verdict verdict, String message) {

    /** The role a policy plays in the evaluation. */
    public enum Source {
        IDENTITY("identity policy"), RESOURCE("resource policy"), PERMISSIONS_BOUNDARY("permissions boundary"),
        SESSION("session policy"), SCP("SCP"), RCP("RCP"), LOGIC("evaluation logic");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What a statement or a step did. */
    public enum Verdict {
        /** An Allow statement applied to the request. */
        ALLOWS,
        /** A Deny statement applied to the request. */
        DENIES,
        /** A statement matched the action but not the rest (resource, principal or a condition): the near miss. */
        DOES_NOT_APPLY,
        /** A rule of the evaluation logic: which policies were needed, which one was missing. */
        RULE
    }

    public Finding {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(message, "message");
    }

    static Finding rule(String message) {
        return new Finding(Source.LOGIC, "", -1, null, Verdict.RULE, message);
    }

    /** One line, such as {@code DENIES identity policy 1 statement 2 (Sid DenyHttp): …}. */
    @Override
    public String toString() {
        if (verdict == Verdict.RULE) {
            return message;
        }
        return verdict + " " + policy + " statement " + statement + (sid == null ? "" : " (Sid " + sid + ")") + ": " + message;
    }
}
