package io.iamkit.cli;

import io.iamkit.aws.IamApplier;
import io.iamkit.aws.Plan;
import io.iamkit.aws.ProgressListener;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Shows what apply would change, without writing anything.",
                "Prints the plan, then a line 'changes: N'."})
final class PlanCommand extends SpecCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Print the plan as JSON (the 'changes: N' line still ends the output).")
    boolean json;

    @Override
    public Integer call() {
        Plan plan = withApplier(null, ProgressListener.NONE, IamApplier::plan);
        out().print(json ? plan.toJson() + "\n" : plan.render());
        out().println("changes: " + plan.changes().size());
        return 0;
    }
}
