package io.iamkit.cli;

import io.iamkit.aws.Change;
import io.iamkit.aws.IamApplier;
import io.iamkit.aws.ProgressListener;
import io.iamkit.examples.Environment;
import io.iamkit.spec.IamSpec;
import io.iamkit.spec.Ownership;
import io.iamkit.spec.SpecJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** What {@code plan}, {@code drift} and {@code apply} share: the spec, the target and the applier. */
abstract class SpecCommand {

    @Spec
    CommandSpec command;

    @Option(names = "--spec", required = true, paramLabel = "FILE", description = "The role spec (JSON; see the README).")
    Path specFile;

    @Mixin
    EndpointOptions endpoint;

    @Option(names = "--parallelism", defaultValue = "4", paramLabel = "N",
            description = "Roles and policies worked on at once (default: ${DEFAULT-VALUE}).")
    int parallelism;

    /**
     * Reads the spec, then runs {@code work} with an applier against the chosen target, which is
     * closed afterwards.
     *
     * @param mode overrides every role's ownership, or null to keep the spec's (top level and per role)
     */
    <T> T withApplier(Ownership mode, ProgressListener listener, BiFunction<IamApplier, IamSpec, T> work) {
        IamSpec spec = SpecJson.read(specFile);
        try (Environment env = Environment.of(endpoint.endpoint, endpoint.region)) {
            IamApplier applier = IamApplier.builder().iam(env.iam()).sts(env.sts()).mode(mode)
                    .parallelism(parallelism).listener(listener).build();
            return work.apply(applier, spec);
        }
    }

    PrintWriter out() {
        return command.commandLine().getOut();
    }

    PrintWriter err() {
        return command.commandLine().getErr();
    }

    /** Progress on stderr: a line per change made ("  applied: role/app: attach …") and per finished unit ("[3/10] role/app"). */
    ProgressListener progress() {
        PrintWriter err = err();
        AtomicInteger total = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        return new ProgressListener() {
            @Override
            public void started(int units) {
                total.set(units);
            }

            @Override
            public void applied(Change change) {
                synchronized (err) {
                    // Roles are worked on in parallel: each line names its role or policy.
                    err.println("  applied: " + change.target() + ": " + change.summary());
                }
            }

            @Override
            public void finished(String target) {
                synchronized (err) {
                    err.println("[" + done.incrementAndGet() + "/" + total.get() + "] " + target);
                }
            }
        };
    }
}
