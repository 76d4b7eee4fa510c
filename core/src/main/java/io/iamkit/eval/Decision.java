package io.iamkit.eval;

/** The outcome of evaluating one request, as AWS names it in its simulator and its logic documentation. */
public enum Decision {
    /** An Allow applied and every applicable limit (SCPs, RCPs, boundary, session policy) allowed too. */
    ALLOWED("Allowed"),
    /** A Deny statement applied; nothing can override it. */
    EXPLICITLY_DENIED("ExplicitlyDenied"),
    /** No Deny applied, but no sufficient Allow either (the default). */
    IMPLICITLY_DENIED("ImplicitlyDenied");

    private final String awsName;

    Decision(String awsName) {
        this.awsName = awsName;
    }

    /** {@code Allowed}, {@code ExplicitlyDenied} or {@code ImplicitlyDenied}, as AWS spells them. */
    public String awsName() {
        return awsName;
    }

    /** Looks up an AWS name ({@code "Allowed"}…), ignoring case; null when it is none of them. */
    public static Decision fromAwsName(String name) {
        for (Decision d : values()) {
            if (d.awsName.equalsIgnoreCase(name)) {
                return d;
            }
        }
        return null;
    }

    public boolean isAllowed() {
        return this == ALLOWED;
    }
}
