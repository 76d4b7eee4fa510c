package io.iamkit.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iamkit.IamkitException;
import io.iamkit.Problem;
import io.iamkit.policy.Condition;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.Principal;
import io.iamkit.policy.Statement;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link PolicyDocument} as canonical JSON: {@code Version} first (IAM's legacy parser can
 * reject documents otherwise), then {@code Id} and {@code Statement} (always an array); statement
 * elements in the order AWS documents them; a one-element list as a plain string; conditions
 * grouped by operator in the order first written.
 */
final class PolicyWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private PolicyWriter() {
    }

    static ObjectNode tree(PolicyDocument doc) {
        ObjectNode root = NODES.objectNode();
        if (doc.version() != null) {
            root.put("Version", doc.version());
        }
        if (doc.id() != null) {
            root.put("Id", doc.id());
        }
        ArrayNode statements = root.putArray("Statement");
        for (Statement s : doc.statements()) {
            statements.add(statement(s));
        }
        return root;
    }

    private static ObjectNode statement(Statement s) {
        ObjectNode node = NODES.objectNode();
        if (s.sid() != null) {
            node.put("Sid", s.sid());
        }
        node.put("Effect", s.effect().value());
        principal(node, "Principal", s.principal());
        principal(node, "NotPrincipal", s.notPrincipal());
        strings(node, "Action", s.actions());
        strings(node, "NotAction", s.notActions());
        strings(node, "Resource", s.resources());
        strings(node, "NotResource", s.notResources());
        if (!s.conditions().isEmpty()) {
            ObjectNode block = node.putObject("Condition");
            for (Condition c : s.conditions()) {
                ObjectNode op = block.has(c.operator().text()) ? (ObjectNode) block.get(c.operator().text())
                        : block.putObject(c.operator().text());
                if (op.has(c.key())) {
                    // JSON cannot hold one key twice under one operator; dropping either would
                    // silently change what the policy grants.
                    throw new IamkitException(Problem.error("json.write.duplicate-condition",
                            "/Condition/" + PolicyReader.escape(c.operator().text()) + "/" + PolicyReader.escape(c.key()),
                            "the key " + c.key() + " appears twice under " + c.operator().text()
                                    + "; JSON can hold it once, so write all its values in one condition"));
                }
                op.set(c.key(), value(c.values()));
            }
        }
        return node;
    }

    private static void principal(ObjectNode node, String name, Principal p) {
        if (p == null) {
            return;
        }
        if (p.wildcard()) {
            node.put(name, "*");
            return;
        }
        ObjectNode obj = node.putObject(name);
        for (Map.Entry<String, List<String>> e : p.entries().entrySet()) {
            obj.set(e.getKey(), value(e.getValue()));
        }
    }

    private static void strings(ObjectNode node, String name, List<String> values) {
        if (values != null) {
            node.set(name, value(values));
        }
    }

    private static JsonNode value(List<String> values) {
        if (values.size() == 1) {
            return NODES.textNode(values.get(0));
        }
        ArrayNode arr = NODES.arrayNode(values.size());
        values.forEach(arr::add);
        return arr;
    }
}
