/**
 * The request evaluation engine: AWS's documented policy evaluation logic over identity policies,
 * a resource-based policy (a role trust policy or KMS key policy included), permissions boundaries,
 * a session policy, SCPs and RCPs, with an explanation a person can read.
 *
 * <p>Entry points: {@link io.iamkit.eval.PolicyEvaluator#compile} a {@link io.iamkit.eval.PolicySet}
 * once, then {@link io.iamkit.eval.CompiledPolicySet#evaluate} many {@link io.iamkit.eval.EvaluationRequest}s
 * from any thread. Matching is linear-time (no regular expressions); conditions follow IAM's type
 * rules; a value that cannot be read as the operator's type makes the condition false.
 * {@link io.iamkit.eval.ConditionValues} and {@link io.iamkit.eval.ActionPatterns} lend the engine's
 * readers and matcher to the validator and linter, so that they agree with it exactly.
 */
package io.iamkit.eval;
