package io.iamkit.examples;

import io.iamkit.eval.Decision;
import io.iamkit.eval.EvaluationResult;

/**
 * One simulated question and its answer.
 *
 * @param question what was asked, for a person ("ECS tasks of another account assume the role")
 * @param expected what least privilege demands
 * @param result   what the evaluation engine decided, with why
 */
public record Verdict(String question, Decision expected, EvaluationResult result) {

    public Decision actual() {
        return result.decision();
    }

    /** True when the decision is the expected one; any denial counts as a denial. */
    public boolean asExpected() {
        return expected == Decision.ALLOWED ? actual() == Decision.ALLOWED : actual() != Decision.ALLOWED;
    }

    @Override
    public String toString() {
        return String.format("%-4s %-16s %s", asExpected() ? "ok" : "FAIL", actual().awsName(), question);
    }
}
