package io.iamkit.eval.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iamkit.eval.CompiledPolicySet;
import io.iamkit.eval.Decision;
import io.iamkit.eval.EvaluationRequest;
import io.iamkit.eval.PolicyEvaluator;
import io.iamkit.json.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs evaluation cases: each valid case's policies are compiled once, up front. {@link #run()}
 * evaluates every case once; {@link #repeat(int)} measures throughput for {@code simulate --repeat}.
 */
public final class CaseRunner {

    private final List<EvaluationCase> cases;
    private final CompiledPolicySet[] compiled;   // null for invalid cases
    private final EvaluationRequest[] requests;
    private final int valid;

    private CaseRunner(List<EvaluationCase> cases) {
        this.cases = List.copyOf(cases);
        this.compiled = new CompiledPolicySet[this.cases.size()];
        this.requests = new EvaluationRequest[this.cases.size()];
        int n = 0;
        for (int i = 0; i < compiled.length; i++) {
            EvaluationCase c = this.cases.get(i);
            if (c.isValid()) {
                compiled[i] = PolicyEvaluator.compile(c.policies());
                requests[i] = c.request();
                n++;
            }
        }
        this.valid = n;
    }

    public static CaseRunner of(List<EvaluationCase> cases) {
        return new CaseRunner(cases);
    }

    /** The number of cases that can run (valid ones). */
    public int runnableCases() {
        return valid;
    }

    /** Evaluates every case once, in order. */
    public List<CaseOutcome> run() {
        List<CaseOutcome> out = new ArrayList<>(cases.size());
        for (int i = 0; i < compiled.length; i++) {
            out.add(new CaseOutcome(cases.get(i), compiled[i] == null ? null : compiled[i].evaluate(requests[i])));
        }
        return out;
    }

    /**
     * Evaluates every valid case {@code times} times after a warm-up of the same size (at least
     * 10,000 evaluations), and reports the timed part.
     */
    public Throughput repeat(int times) {
        if (times < 1) {
            throw new IllegalArgumentException("repeat needs a positive count, not " + times);
        }
        int warmup = valid == 0 ? 0 : Math.max(times, 10_000 / valid + 1);
        long sink = pass(warmup);
        long start = System.nanoTime();
        sink += pass(times);
        long nanos = System.nanoTime() - start;
        return new Throughput((long) valid * times, nanos / 1e9, sink);
    }

    private long pass(int times) {
        long sink = 0;
        for (int t = 0; t < times; t++) {
            for (int i = 0; i < compiled.length; i++) {
                if (compiled[i] != null) {
                    Decision d = compiled[i].decide(requests[i]);
                    sink += d.ordinal();
                }
            }
        }
        return sink;
    }

    /**
     * A measured run.
     *
     * @param evaluations how many evaluations were timed
     * @param seconds     how long they took
     * @param checksum    a sum over the decisions, kept so the JIT cannot drop the work
     */
    public record Throughput(long evaluations, double seconds, long checksum) {

        public double perSecond() {
            return seconds <= 0 ? 0 : evaluations / seconds;
        }

        /** The CLI's last line: {@code {"evaluations": E, "seconds": S, "perSecond": R}}. */
        public String toJsonLine() {
            ObjectNode o = Json.mapper().createObjectNode();
            o.put("evaluations", evaluations);
            o.put("seconds", seconds);
            o.put("perSecond", Math.round(perSecond()));
            try {
                return Json.mapper().writeValueAsString(o);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("writing three numbers cannot fail", e);
            }
        }
    }
}
