package io.iamkit.examples;

import io.iamkit.Problem;
import io.iamkit.aws.ApplyResult;
import io.iamkit.aws.Plan;
import java.util.List;

/**
 * What an example did, for its tests and its output.
 *
 * @param findings    validation and lint findings of the declared roles
 * @param plan        the plan against the account before the first apply
 * @param firstApply  the first apply
 * @param secondApply the second apply, which must make no writes
 * @param verdicts    the simulated questions and answers
 */
public record ExampleOutcome(List<Problem> findings, Plan plan, ApplyResult firstApply, ApplyResult secondApply,
                             List<Verdict> verdicts) {

    public ExampleOutcome {
        findings = List.copyOf(findings);
        verdicts = List.copyOf(verdicts);
    }

    /** True when every verdict is as least privilege demands and the second apply wrote nothing. */
    public boolean succeeded() {
        return secondApply.writes() == 0 && verdicts.stream().allMatch(Verdict::asExpected);
    }
}
