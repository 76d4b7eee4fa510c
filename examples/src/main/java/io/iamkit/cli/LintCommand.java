package io.iamkit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iamkit.IamkitException;
import io.iamkit.Problem;
import io.iamkit.json.Json;
import io.iamkit.json.PercentEncoding;
import io.iamkit.json.PolicyJson;
import io.iamkit.json.TextFiles;
import io.iamkit.lint.Linter;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.role.ManagedPolicy;
import io.iamkit.role.Role;
import io.iamkit.spec.IamSpec;
import io.iamkit.spec.SpecJson;
import io.iamkit.spec.SpecTemplates;
import io.iamkit.validate.PolicyKind;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "lint", mixinStandardHelpOptions = true,
        description = {"Checks policy documents and role specs: IAM's grammar and quotas, then what a reviewer would question.",
                "Exit 0 when clean, 1 on any ERROR or SECURITY_WARNING, 2 when a file cannot be read."})
final class LintCommand implements Callable<Integer> {

    @Spec
    CommandSpec command;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Policy documents (JSON) or role specs (JSON with \"Roles\" or \"ManagedPolicies\").")
    List<Path> files;

    @Option(names = "--json", description = "One JSON object per finding: file, severity, code, location, message.")
    boolean json;

    @Option(names = "--kind", paramLabel = "KIND",
            description = "The kind of lone policy documents: ${COMPLETION-CANDIDATES} (default: guessed from the document).")
    PolicyKind kind;

    @Option(names = "--account", paramLabel = "ID", defaultValue = "123456789012",
            description = "The account id that fills $${AccountId} in role specs (default: ${DEFAULT-VALUE}).")
    String account;

    @Option(names = "--partition", paramLabel = "P", defaultValue = "aws",
            description = "The partition that fills $${Partition} in role specs (default: ${DEFAULT-VALUE}).")
    String partition;

    @Override
    public Integer call() {
        PrintWriter out = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        boolean unreadable = false;
        boolean blocking = false;
        int total = 0;
        for (Path file : files) {
            List<Problem> findings;
            try {
                findings = lint(file);
            } catch (IamkitException e) {
                err.println("iamkit lint: " + IamkitCli.oneLine(e));
                unreadable = true;
                continue;
            }
            total += findings.size();
            for (Problem p : findings) {
                blocking |= Linter.isBlocking(p);
                out.println(json ? toJson(file, p) : file + ": " + p);
            }
        }
        if (!json && (total > 0 || !unreadable)) {
            // "no findings" after a file that could not be read would read as a clean bill of health.
            out.println(total == 0 ? "no findings" : total + (total == 1 ? " finding" : " findings"));
        }
        return unreadable ? IamkitCli.USAGE : blocking ? 1 : 0;
    }

    private List<Problem> lint(Path file) {
        String text = TextFiles.read(file, "lint.io", "the file");
        JsonNode tree = Json.parse(PercentEncoding.looksEncoded(text) ? PercentEncoding.decode(text) : text, file.toString());
        if (tree.isObject() && (tree.has("Roles") || tree.has("ManagedPolicies"))) {
            // Templates are filled with a sample account, as they would be by STS at plan time.
            IamSpec spec = SpecTemplates.resolve(SpecJson.read(tree, file.toString()), account, partition);
            List<Problem> out = new ArrayList<>();
            for (Role r : spec.roles()) {
                if (!spec.isDeleted(r.name())) {
                    out.addAll(Linter.check(r));
                }
            }
            for (ManagedPolicy p : spec.managedPolicies()) {
                out.addAll(Linter.check(p));
            }
            return out;
        }
        PolicyDocument doc = PolicyJson.read(tree, file.toString(), "");
        return Linter.check(doc, kind != null ? kind : Linter.guessKind(doc), "");
    }

    private static String toJson(Path file, Problem p) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("file", file.toString());
        n.put("severity", p.severity().name());
        n.put("code", p.code());
        n.put("location", p.location());
        n.put("message", p.message());
        return n.toString();
    }
}
