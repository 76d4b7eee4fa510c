package io.iamkit.examples;

import io.iamkit.IamkitException;
import io.iamkit.Problem;
import io.iamkit.aws.ApplyResult;
import io.iamkit.aws.IamApplier;
import io.iamkit.aws.Plan;
import io.iamkit.lint.Linter;
import io.iamkit.role.ManagedPolicy;
import io.iamkit.role.Role;
import io.iamkit.spec.IamSpec;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The story every example tells: declare, check (validate and lint), plan, apply, apply again with no
 * writes, then simulate what the roles can and cannot do.
 */
public final class ExampleRunner {

    private ExampleRunner() {
    }

    /** Runs the story of {@code example} against {@code env}, telling it on {@code out}. */
    public static ExampleOutcome run(Example example, Environment env, String region, PrintWriter out) {
        String account = env.sts().getCallerIdentity().account();
        IamSpec spec = example.spec(account, region);
        out.println("== " + example.title());
        out.println("Target: " + env.description() + ", account " + account);
        out.println();

        List<Problem> findings = new ArrayList<>();
        for (Role r : spec.roles()) {
            findings.addAll(Linter.check(r));
        }
        for (ManagedPolicy p : spec.managedPolicies()) {
            findings.addAll(Linter.check(p));
        }
        out.println("-- check: " + (findings.isEmpty() ? "valid, no lint findings" : findings.size() + " finding(s)"));
        findings.forEach(f -> out.println("   " + f));
        List<Problem> blocking = findings.stream().filter(Linter::isBlocking).toList();
        if (!blocking.isEmpty()) {
            throw new IamkitException(blocking);
        }

        IamApplier applier = IamApplier.builder().iam(env.iam()).sts(env.sts()).build();
        out.println();
        out.println("-- plan");
        Plan plan = applier.plan(spec);
        out.print(plan.render());
        out.println("changes: " + plan.changes().size());

        out.println();
        out.println("-- apply");
        ApplyResult first = applier.apply(spec);
        out.print(first.render());

        out.println();
        out.println("-- apply again (must change nothing)");
        ApplyResult second = applier.apply(spec);
        out.print(second.render());

        out.println();
        out.println("-- simulate");
        List<Verdict> answers = example.verdicts(spec, account, region);
        answers.forEach(v -> out.println("   " + v));
        ExampleOutcome outcome = new ExampleOutcome(findings, plan, first, second, answers);
        out.println();
        out.println(outcome.succeeded() ? "All verdicts as expected; the second apply made no writes."
                : "UNEXPECTED: see the lines marked FAIL above.");
        out.flush();
        return outcome;
    }
}
