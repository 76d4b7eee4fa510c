package io.iamkit.cli;

import io.iamkit.testkit.FakeIam;
import io.iamkit.testkit.FakeIamServer;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Runs the testkit's in-memory IAM and STS as an HTTP endpoint (AWS's Query protocol) on 127.0.0.1.",
                "Prints the URL, then serves until stopped (Ctrl-C). Point any SDK or the AWS CLI at it with --endpoint-url."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec command;

    @Option(names = "--port", paramLabel = "P", defaultValue = "0", description = "The port (default: a free one).")
    int port;

    @Option(names = "--permissive-assume-role", description = "Skip the trust policy check of AssumeRole, as moto does by default.")
    boolean permissive;

    @Override
    public Integer call() throws InterruptedException {
        FakeIam fake = FakeIam.builder().permissiveAssumeRole(permissive).build();
        FakeIamServer server = FakeIamServer.start(fake, port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "iamkit-serve-shutdown"));
        PrintWriter out = command.commandLine().getOut();
        out.println(server.endpoint());
        out.flush();
        stopped.await();
        return 0;
    }
}
