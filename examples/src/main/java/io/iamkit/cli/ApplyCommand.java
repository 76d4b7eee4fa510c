package io.iamkit.cli;

import io.iamkit.aws.ApplyResult;
import io.iamkit.aws.IamApplier;
import io.iamkit.aws.ProgressListener;
import io.iamkit.spec.Ownership;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "apply", mixinStandardHelpOptions = true,
        description = {"Makes the account match the spec: creates and updates roles and policies.",
                "Prints what was done, then a line 'changes: N, reads: R, writes: W'.",
                "Running it twice makes no writes the second time."})
final class ApplyCommand extends SpecCommand implements Callable<Integer> {

    @Option(names = "--exclusive",
            description = "Also remove inline policies, attachments, tags and boundaries the spec does not declare (default: leave and report them).")
    boolean exclusive;

    @Option(names = "--quiet", description = "No progress lines on stderr.")
    boolean quiet;

    @Override
    public Integer call() {
        // Without --exclusive the spec's own modes hold, per role ("Ownership" on a role entry).
        Ownership mode = exclusive ? Ownership.EXCLUSIVE : null;
        ApplyResult result = withApplier(mode, quiet ? ProgressListener.NONE : progress(), IamApplier::apply);
        out().print(result.render());
        return 0;
    }
}
