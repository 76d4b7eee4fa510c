package io.iamkit.validate;

/**
 * What a policy document is for. The grammar differs by kind: identity policies must not name a
 * principal, trust and resource policies must, trust policies may only allow STS assume actions,
 * SCPs and RCPs have their own element sets and size limits.
 */
public enum PolicyKind {
    /** Attached to a user, group or role: inline or customer managed. */
    IDENTITY("identity policy"),
    /** A role's {@code AssumeRolePolicyDocument}. */
    TRUST("trust policy"),
    /** Attached to a resource: bucket policy, key policy, queue policy, … */
    RESOURCE("resource policy"),
    /** A managed policy used as a role's or user's permissions boundary. */
    PERMISSIONS_BOUNDARY("permissions boundary"),
    /** Passed with AssumeRole/GetFederationToken to narrow a session. */
    SESSION("session policy"),
    /** An AWS Organizations service control policy. */
    SCP("service control policy"),
    /** An AWS Organizations resource control policy. */
    RCP("resource control policy");

    private final String description;

    PolicyKind(String description) {
        this.description = description;
    }

    /** For messages: {@code "trust policy"}. */
    public String description() {
        return description;
    }

    /** True for the kinds that must not name a principal. */
    public boolean forbidsPrincipal() {
        return this == IDENTITY || this == PERMISSIONS_BOUNDARY || this == SESSION || this == SCP;
    }

    /** True for the kinds that must name one. */
    public boolean requiresPrincipal() {
        return this == TRUST || this == RESOURCE || this == RCP;
    }

    /** True for the kinds IAM itself stores, whose Sids must be alphanumeric. */
    public boolean storedByIam() {
        return this == IDENTITY || this == TRUST || this == PERMISSIONS_BOUNDARY || this == SESSION;
    }
}
