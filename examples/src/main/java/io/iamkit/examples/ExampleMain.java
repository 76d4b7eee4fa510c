package io.iamkit.examples;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;

/** The {@code main} of every example: {@code [--endpoint URL] [--region R]}. */
final class ExampleMain {

    private static final String USAGE = "usage: [--endpoint URL|aws] [--region R]";

    private ExampleMain() {
    }

    static void run(Example example, String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = run(example, args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs the example; a mistake in the arguments (a flag without its value, an unknown flag, a
     * URL that is not one) is one line on {@code err} and exit 2, never a stack trace.
     *
     * @return 0 when every verdict is as expected, 1 when one is not, 2 for a usage mistake
     */
    static int run(Example example, String[] args, PrintWriter out, PrintWriter err) {
        URI endpoint = null;
        String region = "us-east-1";
        for (int i = 0; i < args.length; i += 2) {
            String flag = args[i];
            if (!flag.equals("--endpoint") && !flag.equals("--region") || i + 1 >= args.length) {
                // Once an odd argument (a lone "--endpoint", or "--help") was silently ignored.
                err.println(flag.equals("--endpoint") || flag.equals("--region") ? flag + " needs a value; " + USAGE : USAGE);
                return 2;
            }
            if (flag.equals("--region")) {
                region = args[i + 1];
                continue;
            }
            try {
                endpoint = new URI(args[i + 1]);
            } catch (URISyntaxException e) {
                err.println("--endpoint " + args[i + 1] + " is not a URL; " + USAGE);
                return 2;
            }
        }
        Environment env;
        try {
            env = Environment.of(endpoint, region);
        } catch (IllegalArgumentException e) {
            // Only the endpoint's own complaint is a usage mistake; a failure inside the run is not.
            err.println(e.getMessage());
            return 2;
        }
        try (env) {
            return ExampleRunner.run(example, env, region, out).succeeded() ? 0 : 1;
        }
    }
}
