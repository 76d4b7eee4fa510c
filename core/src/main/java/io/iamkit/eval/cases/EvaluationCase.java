package io.iamkit.eval.cases;

import io.iamkit.eval.Decision;
import io.iamkit.eval.EvaluationRequest;
import io.iamkit.eval.PolicySet;

/**
 * One case of a {@code simulate --cases} file: a request and the policies to evaluate it against,
 * or, when the case could not be read, the error and where it is.
 *
 * @param name     the case's name (for an unnamed case, its index as {@code #3})
 * @param policies the policies, or null when {@link #error()} is set
 * @param request  the request, or null when {@link #error()} is set
 * @param expected the decision the case expects, or null when it states none
 * @param comment  the case's {@code rule} or {@code comment} field (why the expected decision is right), or null
 * @param error    what is wrong with the case and where, or null for a valid case
 */
public record EvaluationCase(String name, PolicySet policies, EvaluationRequest request, Decision expected,
                             String comment, String error) {

    public boolean isValid() {
        return error == null;
    }
}
