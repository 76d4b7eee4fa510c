package io.iamkit.eval;

/**
 * What kind of resource-based policy a {@link PolicySet} carries. Two kinds change the
 * same-account rule: AWS documents that a role trust policy and a KMS key policy must allow the
 * request themselves; an identity policy alone is not enough.
 */
public enum ResourcePolicyKind {
    /**
     * Decide from the request: {@code sts:AssumeRole*} (or {@code sts:TagSession},
     * {@code sts:SetSourceIdentity}, {@code sts:SetContext}) on an IAM role ARN is a {@link #ROLE_TRUST}; any
     * {@code kms:} action on a KMS key ARN is a {@link #KMS_KEY}; anything else {@link #RESOURCE_BASED}.
     */
    AUTO,
    /** An ordinary resource-based policy (S3 bucket policy, SQS queue policy, …). */
    RESOURCE_BASED,
    /** A role's trust policy, evaluated as the resource policy of {@code sts:AssumeRole} on the role. */
    ROLE_TRUST,
    /** A KMS key policy; naming the account root delegates to the account's identity policies. */
    KMS_KEY
}
