package io.iamkit.eval;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of one evaluation.
 *
 * <p>The explanation of a result from {@link CompiledPolicySet#evaluate} is worked out on first
 * use, by evaluating again with tracing on: the decision stays fast when nobody reads why.
 *
 * @param decision    Allowed, ExplicitlyDenied or ImplicitlyDenied
 * @param explanation the statements that allowed or denied, the near misses with the condition that
 *                    failed, and the rules of the logic that decided; unmodifiable
 */
public record EvaluationResult(Decision decision, List<Finding> explanation) {

    public EvaluationResult {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(explanation, "explanation");
    }

    public boolean isAllowed() {
        return decision == Decision.ALLOWED;
    }

    /** The explanation as text for a person: the decision, then one finding per line. */
    public String explain() {
        StringBuilder sb = new StringBuilder(decision.awsName());
        for (Finding f : explanation) {
            sb.append("\n  - ").append(f);
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return explain();
    }
}
