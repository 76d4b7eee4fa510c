package io.iamkit.eval;

/**
 * Evaluates requests against policies with AWS's documented request evaluation logic.
 *
 * <pre>{@code
 * CompiledPolicySet compiled = PolicyEvaluator.compile(PolicySet.of(policy));   // once
 * EvaluationResult r = compiled.evaluate(EvaluationRequest.of(
 *         "arn:aws:iam::111122223333:role/app", "s3:GetObject", "arn:aws:s3:::bucket/key"));
 * r.decision();   // ALLOWED, EXPLICITLY_DENIED or IMPLICITLY_DENIED
 * r.explain();    // which statement decided, which condition failed
 * }</pre>
 *
 * The rules and their sources in AWS's documentation are listed in {@code docs/evaluation.md}.
 */
public final class PolicyEvaluator {

    private PolicyEvaluator() {
    }

    /** Compiles and evaluates once; compile once with {@link #compile} to evaluate many requests. */
    public static EvaluationResult evaluate(EvaluationRequest request, PolicySet policies) {
        return compile(policies).evaluate(request);
    }

    /**
     * Compiles the policies for fast, repeated, thread-safe evaluation. Never throws on policies IAM
     * would reject: what cannot match (an unknown operator, an unreadable value) simply does not
     * apply, and the explanation says so.
     */
    public static CompiledPolicySet compile(PolicySet policies) {
        return CompiledPolicySet.compile(policies);
    }
}
