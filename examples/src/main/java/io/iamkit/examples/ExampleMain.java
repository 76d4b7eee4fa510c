package io.iamkit.examples;

import java.io.PrintWriter;
import java.net.URI;

/** The {@code main} of every example: {@code [--endpoint URL] [--region R]}. */
final class ExampleMain {

    private ExampleMain() {
    }

    static void run(Example example, String[] args) {
        URI endpoint = null;
        String region = "us-east-1";
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--endpoint" -> endpoint = URI.create(args[i + 1]);
                case "--region" -> region = args[i + 1];
                default -> {
                    System.err.println("usage: [--endpoint URL] [--region R]");
                    System.exit(2);
                }
            }
        }
        PrintWriter out = new PrintWriter(System.out, true);
        try (Environment env = Environment.of(endpoint, region)) {
            System.exit(ExampleRunner.run(example, env, region, out).succeeded() ? 0 : 1);
        }
    }
}
