package io.iamkit.cli;

import io.iamkit.eval.cases.CaseOutcome;
import io.iamkit.eval.cases.CaseRunner;
import io.iamkit.eval.cases.EvaluationCases;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Evaluates requests against policies with AWS's evaluation logic.",
                "Prints one JSON line per case: {\"name\", \"decision\"} or {\"name\", \"error\"} for an invalid case.",
                "With --repeat N, evaluates every case N times after a warm-up and prints only",
                "{\"evaluations\", \"seconds\", \"perSecond\"}."})
final class SimulateCommand implements Callable<Integer> {

    @Spec
    CommandSpec command;

    @Option(names = "--cases", required = true, paramLabel = "FILE", description = "A JSON array of cases (format in docs/evaluation.md).")
    Path cases;

    @Option(names = "--repeat", paramLabel = "N", description = "Measure throughput: evaluate all cases N times after a warm-up.")
    Integer repeat;

    @Option(names = "--explain", description = "Also print, under each case, why: which statement decided, which condition failed.")
    boolean explain;

    @Override
    public Integer call() {
        PrintWriter out = command.commandLine().getOut();
        CaseRunner runner = CaseRunner.of(EvaluationCases.read(cases));
        if (repeat != null) {
            if (repeat < 1) {
                command.commandLine().getErr().println("iamkit simulate: --repeat needs a positive count, not " + repeat);
                return IamkitCli.USAGE;
            }
            out.println(runner.repeat(repeat).toJsonLine());
            return 0;
        }
        for (CaseOutcome outcome : runner.run()) {
            out.println(outcome.toJsonLine());
            if (explain && outcome.result() != null) {
                outcome.result().explain().lines().forEach(line -> out.println("    " + line));
            }
        }
        return 0;
    }
}
