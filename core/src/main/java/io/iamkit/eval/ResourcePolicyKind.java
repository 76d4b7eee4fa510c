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
    KMS_KEY;

    /** This kind, or for {@link #AUTO} the kind the request implies (see {@link #AUTO}); never AUTO. */
    public ResourcePolicyKind resolve(EvaluationRequest request) {
        if (this != AUTO) {
            return this;
        }
        String a = RequestView.lower(request.action());
        String res = request.resource();
        if ((a.startsWith("sts:assumerole") || a.equals("sts:tagsession") || a.equals("sts:setsourceidentity")
                || a.equals("sts:setcontext")) && isArnOf(res, "iam", "role/")) {
            return ROLE_TRUST;
        }
        if (a.startsWith("kms:") && isArnOf(res, "kms", "key/")) {
            return KMS_KEY;
        }
        return RESOURCE_BASED;
    }

    private static boolean isArnOf(String arn, String service, String resourcePrefix) {
        String[] p = TypedValues.arnParts(arn);
        return p != null && p[2].equals(service) && p[5].startsWith(resourcePrefix);
    }
}
