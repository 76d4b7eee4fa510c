package io.iamkit.eval;

import java.util.List;
import java.util.Objects;

/** A {@link PolicySet} prepared for evaluation: immutable, thread-safe, compile once and evaluate many. */
public final class CompiledPolicySet {

    private final PolicySet source;

    private CompiledPolicySet(PolicySet source) {
        this.source = source;
    }

    static CompiledPolicySet compile(PolicySet policies) {
        return new CompiledPolicySet(Objects.requireNonNull(policies, "policies"));
    }

    /** The policies this was compiled from. */
    public PolicySet policySet() {
        return source;
    }

    /** Evaluates a request; the explanation is computed when first read. */
    public EvaluationResult evaluate(EvaluationRequest request) {
        throw new UnsupportedOperationException("the engine lands in the next commit");
    }

    /** Only the decision, without an explanation: the fastest path. */
    public Decision decide(EvaluationRequest request) {
        return evaluate(request).decision();
    }

    List<Finding> explanation(EvaluationRequest request) {
        return List.of();
    }
}
