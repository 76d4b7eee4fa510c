package io.iamkit.cli;

import io.iamkit.examples.AnalyticsExample;
import io.iamkit.examples.DataProcessingExample;
import io.iamkit.examples.EcsTaskExecutionExample;
import io.iamkit.examples.Environment;
import io.iamkit.examples.Example;
import io.iamkit.examples.ExampleRunner;
import io.iamkit.examples.MicroservicesExample;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "example", mixinStandardHelpOptions = true,
        description = {"Runs a use case end to end: declare, check, plan, apply, apply again (no writes), simulate.",
                "Against the embedded in-memory IAM unless --endpoint is given.",
                "Exit 0 when every verdict is as expected and the second apply wrote nothing."})
final class ExampleCommand implements Callable<Integer> {

    static final Map<String, Supplier<Example>> EXAMPLES = new LinkedHashMap<>();

    static {
        EXAMPLES.put("ecs", EcsTaskExecutionExample::new);
        EXAMPLES.put("microservices", MicroservicesExample::new);
        EXAMPLES.put("data-processing", DataProcessingExample::new);
        EXAMPLES.put("analytics", AnalyticsExample::new);
    }

    @Spec
    CommandSpec command;

    @Parameters(paramLabel = "NAME", defaultValue = "ecs", completionCandidates = Names.class,
            description = "ecs (default), microservices, data-processing, analytics, or all.")
    String name;

    @Mixin
    EndpointOptions endpoint;

    @Override
    public Integer call() {
        PrintWriter out = command.commandLine().getOut();
        List<String> names = name.equals("all") ? List.copyOf(EXAMPLES.keySet()) : List.of(name);
        for (String n : names) {
            if (!EXAMPLES.containsKey(n)) {
                command.commandLine().getErr().println("iamkit example: no example named '" + n + "'; choose one of "
                        + String.join(", ", EXAMPLES.keySet()) + ", all");
                return IamkitCli.USAGE;
            }
        }
        boolean ok = true;
        for (String n : names) {
            try (Environment env = Environment.of(endpoint.endpoint, endpoint.region)) {
                ok &= ExampleRunner.run(EXAMPLES.get(n).get(), env, endpoint.region, out).succeeded();
            }
            out.println();
        }
        return ok ? 0 : 1;
    }

    static final class Names implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return EXAMPLES.keySet().iterator();
        }
    }
}
