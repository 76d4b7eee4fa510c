package io.iamkit.cli;

import io.iamkit.aws.DriftReport;
import io.iamkit.aws.IamApplier;
import io.iamkit.aws.ProgressListener;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "drift", mixinStandardHelpOptions = true,
        description = {"Reports where the account differs from the spec, changing nothing.",
                "Prints the differences, then a line 'differences: N'. Exit 0 in sync, 1 drifted (for scheduled checks)."})
final class DriftCommand extends SpecCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Print the report as JSON (the 'differences: N' line still ends the output).")
    boolean json;

    @Override
    public Integer call() {
        DriftReport report = withApplier(null, ProgressListener.NONE, IamApplier::detectDrift);
        out().print(json ? report.toJson() + "\n" : report.render());
        out().println("differences: " + report.differences().size());
        return report.inSync() ? 0 : IamkitCli.FAILED;
    }
}
