package io.iamkit.cli;

import io.iamkit.IamkitException;
import io.iamkit.aws.ApplyFailedException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code iamkit} command line. Its command shapes are a contract (the README's command table):
 * tools outside the project drive them, so flags may be added but never changed.
 *
 * <p>Exit codes: 0 success; 1 findings ({@code lint}), drift ({@code drift}) or a failed apply; 2 a
 * user's mistake (unreadable file, bad flag), always as lines on stderr naming each problem and its
 * location, never a stack trace.
 */
@Command(name = "iamkit", mixinStandardHelpOptions = true, versionProvider = IamkitCli.Version.class,
        description = "Declare, check, simulate and apply AWS IAM roles and policies.",
        subcommands = {
                ExampleCommand.class,
                SimulateCommand.class,
                LintCommand.class,
                PlanCommand.class,
                DriftCommand.class,
                ApplyCommand.class,
                ServeCommand.class,
                CommandLine.HelpCommand.class})
public final class IamkitCli {

    /** Exit code for findings ({@code lint}) and for an apply that gave up part way. */
    public static final int FAILED = 1;

    /** Exit code for a user's mistake: unreadable input, bad flags. */
    public static final int USAGE = 2;

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the CLI with the given streams; the tests call this. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new IamkitCli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("iamkit: " + e.getMessage());
            err.println("Try 'iamkit " + (e.getCommandLine().getCommandName().equals("iamkit") ? "" : e.getCommandLine().getCommandName() + " ") + "--help'.");
            return USAGE;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println("iamkit " + commandLine.getCommandName() + ": " + oneLine(e));
            // An apply that gave up is not a user's mistake: its report says what was done.
            return e instanceof ApplyFailedException ? FAILED : USAGE;
        });
        try {
            return cli.execute(args);
        } finally {
            // Commands print with print() as well as println(); System.exit in main would drop
            // whatever an auto-flushing writer still holds after a print().
            out.flush();
            err.flush();
        }
    }

    static String oneLine(Throwable e) {
        if (e instanceof IamkitException ie) {
            return ie.problems().size() == 1 ? ie.problems().get(0).toString() : ie.getMessage();
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = IamkitCli.class.getPackage().getImplementationVersion();
            return new String[] {"iamkit " + (v == null ? "development build" : v)};
        }
    }
}
