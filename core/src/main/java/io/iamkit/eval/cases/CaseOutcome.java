package io.iamkit.eval.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iamkit.eval.Decision;
import io.iamkit.eval.EvaluationResult;
import io.iamkit.json.Json;

/**
 * The outcome of one case: its decision, or the error that kept it from running.
 *
 * @param evaluationCase the case
 * @param result         the evaluation, or null when the case is invalid
 */
public record CaseOutcome(EvaluationCase evaluationCase, EvaluationResult result) {

    public String name() {
        return evaluationCase.name();
    }

    /** The decision, or null for an invalid case. */
    public Decision decision() {
        return result == null ? null : result.decision();
    }

    /** True when the case states an expected decision and the evaluation gave another (or could not run). */
    public boolean mismatched() {
        return evaluationCase.expected() != null && evaluationCase.expected() != decision();
    }

    /** The CLI's line: {@code {"name": …, "decision": …}} or {@code {"name": …, "error": …}}. */
    public String toJsonLine() {
        ObjectNode o = Json.mapper().createObjectNode();
        o.put("name", name());
        if (result == null) {
            o.put("error", evaluationCase.error());
        } else {
            o.put("decision", result.decision().awsName());
        }
        try {
            return Json.mapper().writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("writing a two-field object cannot fail", e);
        }
    }
}
