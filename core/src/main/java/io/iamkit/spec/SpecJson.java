package io.iamkit.spec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.iamkit.IamkitException;
import io.iamkit.Problem;
import io.iamkit.json.Json;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads and writes role specs.
 *
 * <pre>{@code
 * {"Ownership": "additive",
 *  "Roles": [{"RoleName": "app", "AssumeRolePolicyDocument": {...}, "ManagedPolicyArns": [...],
 *             "Policies": [{"PolicyName": "read", "PolicyDocument": {...}}], "Tags": [{"Key": "team", "Value": "pay"}]}],
 *  "ManagedPolicies": [{"ManagedPolicyName": "read-config", "PolicyDocument": {...}}]}
 * }</pre>
 * Every problem is reported at once as an {@link IamkitException} whose locations are JSON
 * pointers such as {@code /Roles/0/RoleName}.
 */
public final class SpecJson {

    private static final ObjectWriter PRETTY = Json.mapper().writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private SpecJson() {
    }

    public static IamSpec read(String json) {
        return read(Json.parse(json, "spec"), "");
    }

    /** Reads a spec file; problems are located by file name and JSON pointer. */
    public static IamSpec read(Path file) {
        String text;
        try {
            text = Json.readFile(file, file.toString());
        } catch (IamkitException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new IamkitException(Problem.error("spec.io", file.toString(), "cannot read the spec: " + e), e);
        }
        return read(Json.parse(text, file.toString()), file.toString());
    }

    /** Reads a spec from a tree, {@code owner} (such as a file name) prefixing every location. */
    public static IamSpec read(JsonNode tree, String owner) {
        return SpecReader.read(tree, owner);
    }

    /** The spec as indented JSON; reading it back gives an equal spec. */
    public static String write(IamSpec spec) {
        try {
            return PRETTY.writeValueAsString(toTree(spec)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IamkitException(Problem.error("json.write", "", "could not write the spec: " + e.getOriginalMessage()), e);
        }
    }

    public static JsonNode toTree(IamSpec spec) {
        return SpecWriter.tree(spec);
    }
}
