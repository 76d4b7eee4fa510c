package io.iamkit.bench;

import io.iamkit.eval.CompiledPolicySet;
import io.iamkit.eval.Decision;
import io.iamkit.eval.EvaluationRequest;
import io.iamkit.eval.PolicyEvaluator;
import io.iamkit.eval.PolicySet;
import io.iamkit.eval.cases.EvaluationCase;
import io.iamkit.eval.cases.EvaluationCases;
import io.iamkit.policy.PolicyDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Evaluation throughput over the 38 shared sample cases, compiled once: the issue asks for at least
 * 1,000,000 evaluations per second on one core. Run from the repository root (the samples are read
 * from {@code core/src/test/resources/eval-cases/samples.json}):
 *
 * <pre>
 * mvn -B -o -q -Pbench -pl bench -am package -DskipTests
 * java -jar bench/target/benchmarks.jar Evaluation -f 1 -wi 2 -i 3 -t 1
 * </pre>
 */
@State(Scope.Benchmark)
public class EvaluationBenchmark {

    /** The number of cases in the shared samples; the per-invocation count of the sample benchmarks. */
    static final int SAMPLE_CASES = 38;

    @Param("core/src/test/resources/eval-cases/samples.json")
    public String samples;

    private List<EvaluationCase> cases;
    private CompiledPolicySet[] compiled;
    private EvaluationRequest[] requests;
    private CompiledPolicySet hostile;
    private CompiledPolicySet hostileScan;
    private EvaluationRequest hostileRequest;

    @Setup
    public void setUp() throws Exception {
        cases = EvaluationCases.read(Files.readString(Path.of(samples)), samples);
        if (cases.size() != SAMPLE_CASES || !cases.stream().allMatch(EvaluationCase::isValid)) {
            throw new IllegalStateException("expected the " + SAMPLE_CASES + " valid sample cases in " + samples);
        }
        compiled = new CompiledPolicySet[cases.size()];
        requests = new EvaluationRequest[cases.size()];
        for (int i = 0; i < compiled.length; i++) {
            compiled[i] = PolicyEvaluator.compile(cases.get(i).policies());
            requests[i] = cases.get(i).request();
            if (compiled[i].decide(requests[i]) != cases.get(i).expected()) {
                throw new IllegalStateException("case " + cases.get(i).name() + " does not give its expected decision");
            }
        }
        hostile = PolicyEvaluator.compile(PolicySet.of(PolicyDocument.builder()
                .allow("s3:GetObject").on("arn:aws:s3:::b/a*a*a*a*a*a*a*a*a*b").build()));
        // With a trailing star the end check cannot fail early: every middle segment is searched for.
        hostileScan = PolicyEvaluator.compile(PolicySet.of(PolicyDocument.builder()
                .allow("s3:GetObject").on("arn:aws:s3:::b/a*a*a*a*a*a*a*a*a*b*").build()));
        hostileRequest = EvaluationRequest.of("arn:aws:iam::111122223333:role/dev", "s3:GetObject",
                "arn:aws:s3:::b/" + "a".repeat(10_000));
    }

    /** Decisions only (the path {@code simulate --repeat} measures): one operation is one evaluation. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(SAMPLE_CASES)
    public void decideSamples(Blackhole bh) {
        for (int i = 0; i < compiled.length; i++) {
            bh.consume(compiled[i].decide(requests[i]));
        }
    }

    /** Full results, with the explanation left lazy (unread): one operation is one evaluation. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(SAMPLE_CASES)
    public void evaluateSamples(Blackhole bh) {
        for (int i = 0; i < compiled.length; i++) {
            bh.consume(compiled[i].evaluate(requests[i]));
        }
    }

    /** Results with the explanation worked out: the cost of asking why. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(SAMPLE_CASES)
    public void explainSamples(Blackhole bh) {
        for (int i = 0; i < compiled.length; i++) {
            bh.consume(compiled[i].explain(requests[i]));
        }
    }

    /** Compiling all sample policy sets once. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public void compileSamples(Blackhole bh) {
        for (EvaluationCase c : cases) {
            bh.consume(PolicyEvaluator.compile(c.policies()));
        }
    }

    /** {@code a*a*a*a*a*a*a*a*a*b} against a 10,000-character resource: no backtracking blow-up. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Decision hostilePattern() {
        return hostile.decide(hostileRequest);
    }

    /** {@code a*a*a*a*a*a*a*a*a*b*} against the same 10,000 characters: the full scan for the missing {@code b}. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Decision hostilePatternFullScan() {
        return hostileScan.decide(hostileRequest);
    }
}
