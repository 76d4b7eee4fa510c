package io.iamkit.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.iamkit.IamkitException;
import io.iamkit.Problem;
import io.iamkit.policy.Condition;
import io.iamkit.policy.ConditionOperator;
import io.iamkit.policy.Effect;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.Principal;
import io.iamkit.policy.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a JSON tree into a {@link PolicyDocument}, accepting every form IAM accepts and collecting
 * every structural problem (with its JSON pointer) before failing once.
 *
 * <p>Structural means "cannot be held by the model": an {@code Action} that is an object, a
 * condition value that is null. Problems the model can hold (an unknown operator, a missing
 * {@code Resource}, an unknown {@code Effect}) are left to the validator.
 */
final class PolicyReader {

    private static final Set<String> DOCUMENT_ELEMENTS = Set.of("Version", "Id", "Statement");
    private static final Set<String> STATEMENT_ELEMENTS = Set.of("Sid", "Effect", "Principal", "NotPrincipal",
            "Action", "NotAction", "Resource", "NotResource", "Condition");

    private final String owner;
    private final List<Problem> problems = new ArrayList<>();

    private PolicyReader(String owner) {
        this.owner = owner;
    }

    static PolicyDocument read(JsonNode root, String owner, String basePointer) {
        if (root == null || root.isMissingNode()) {
            // An embedding file (a role spec, the catalog) without the document: a user error, not an NPE.
            String at = basePointer.isEmpty() ? "/" : basePointer;
            throw new IamkitException(Problem.error("json.missing", owner.isEmpty() ? at : owner + " " + at,
                    "no policy document here; give a JSON object such as {\"Version\": \"2012-10-17\", \"Statement\": [...]}"));
        }
        PolicyReader reader = new PolicyReader(owner);
        PolicyDocument doc = reader.document(root, basePointer);
        if (!reader.problems.isEmpty()) {
            throw new IamkitException(reader.problems);
        }
        return doc;
    }

    private void problem(String code, String pointer, String message) {
        String location = owner.isEmpty() ? pointerOrRoot(pointer) : owner + " " + pointerOrRoot(pointer);
        problems.add(Problem.error(code, location, message));
    }

    private static String pointerOrRoot(String pointer) {
        return pointer.isEmpty() ? "/" : pointer;
    }

    private PolicyDocument document(JsonNode root, String at) {
        if (!root.isObject()) {
            problem("json.shape", at, "a policy document must be a JSON object, not " + Json.describe(root));
            return new PolicyDocument(null, null, List.of());
        }
        unknownElements(root, at, DOCUMENT_ELEMENTS, "policy document");
        String version = text(root.get("Version"), at + "/Version");
        String id = text(root.get("Id"), at + "/Id");
        List<Statement> statements = new ArrayList<>();
        JsonNode st = root.get("Statement");
        if (st != null) {
            if (st.isObject()) {
                statements.add(statement(st, at + "/Statement"));
            } else if (st.isArray()) {
                for (int i = 0; i < st.size(); i++) {
                    JsonNode s = st.get(i);
                    if (s.isObject()) {
                        statements.add(statement(s, at + "/Statement/" + i));
                    } else {
                        problem("json.shape", at + "/Statement/" + i, "a statement must be a JSON object, not " + Json.describe(s));
                    }
                }
            } else {
                problem("json.shape", at + "/Statement", "Statement must be an object or an array of objects, not " + Json.describe(st));
            }
        }
        return new PolicyDocument(version, id, statements);
    }

    private Statement statement(JsonNode node, String at) {
        unknownElements(node, at, STATEMENT_ELEMENTS, "statement");
        JsonNode effect = node.get("Effect");
        // A missing Effect is kept as "" so the validator can report it with the statement's location.
        String effectText = effect == null ? null : text(effect, at + "/Effect");
        return new Statement(
                text(node.get("Sid"), at + "/Sid"),
                Effect.of(effectText == null ? "" : effectText),
                principal(node.get("Principal"), at + "/Principal"),
                principal(node.get("NotPrincipal"), at + "/NotPrincipal"),
                strings(node.get("Action"), at + "/Action"),
                strings(node.get("NotAction"), at + "/NotAction"),
                strings(node.get("Resource"), at + "/Resource"),
                strings(node.get("NotResource"), at + "/NotResource"),
                conditions(node.get("Condition"), at + "/Condition"));
    }

    private Principal principal(JsonNode node, String at) {
        if (node == null) {
            return null;
        }
        if (node.isTextual()) {
            if (node.textValue().equals("*")) {
                return Principal.anyone();
            }
            problem("json.principal", at, "a Principal given as a string must be \"*\"; name others by type, as {\"AWS\": \""
                    + node.textValue() + "\"} or {\"Service\": \"" + node.textValue() + "\"}");
            return null;
        }
        if (!node.isObject()) {
            problem("json.principal", at, "Principal must be \"*\" or an object such as {\"AWS\": [...]}, not " + Json.describe(node));
            return null;
        }
        Map<String, List<String>> entries = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            List<String> values = strings(e.getValue(), at + "/" + escape(e.getKey()));
            if (values != null) {
                entries.put(e.getKey(), values);
            }
        }
        return new Principal(false, entries);
    }

    private List<Condition> conditions(JsonNode node, String at) {
        if (node == null) {
            return List.of();
        }
        if (!node.isObject()) {
            problem("json.condition", at, "Condition must be an object of operators, such as {\"StringEquals\": {\"aws:SourceAccount\": \"111122223333\"}}, not " + Json.describe(node));
            return List.of();
        }
        List<Condition> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> op : node.properties()) {
            String opAt = at + "/" + escape(op.getKey());
            if (!op.getValue().isObject()) {
                problem("json.condition", opAt, "the operator " + op.getKey() + " must map condition keys to values, not be " + Json.describe(op.getValue()));
                continue;
            }
            for (Map.Entry<String, JsonNode> key : op.getValue().properties()) {
                List<String> values = scalars(key.getValue(), opAt + "/" + escape(key.getKey()));
                if (values != null) {
                    out.add(new Condition(ConditionOperator.of(op.getKey()), key.getKey(), values));
                }
            }
        }
        return out;
    }

    /** A string or an array of strings (Action, Resource, principal values). */
    private List<String> strings(JsonNode node, String at) {
        if (node == null) {
            return null;
        }
        if (node.isTextual()) {
            return List.of(node.textValue());
        }
        if (node.isArray()) {
            List<String> out = new ArrayList<>(node.size());
            for (int i = 0; i < node.size(); i++) {
                JsonNode v = node.get(i);
                if (v.isTextual()) {
                    out.add(v.textValue());
                } else {
                    problem("json.shape", at + "/" + i, "expected a string, not " + Json.describe(v));
                }
            }
            return out;
        }
        problem("json.shape", at, "expected a string or an array of strings, not " + Json.describe(node));
        return null;
    }

    /** Condition values: strings, numbers and booleans (IAM reads {@code true} as {@code "true"}), alone or in an array. */
    private List<String> scalars(JsonNode node, String at) {
        if (node.isValueNode() && !node.isNull()) {
            return List.of(scalar(node));
        }
        if (node.isArray()) {
            List<String> out = new ArrayList<>(node.size());
            for (int i = 0; i < node.size(); i++) {
                JsonNode v = node.get(i);
                if (v.isValueNode() && !v.isNull()) {
                    out.add(scalar(v));
                } else {
                    problem("json.condition", at + "/" + i, "a condition value must be a string, number or boolean, not " + Json.describe(v));
                }
            }
            return out;
        }
        problem("json.condition", at, "a condition value must be a string, number, boolean or an array of them, not " + Json.describe(node));
        return null;
    }

    private static String scalar(JsonNode v) {
        if (v.isBigDecimal()) {
            return v.decimalValue().toString();
        }
        return v.asText();
    }

    private String text(JsonNode node, String at) {
        if (node == null) {
            return null;
        }
        if (!node.isTextual()) {
            problem("json.shape", at, "expected a string, not " + Json.describe(node));
            return null;
        }
        return node.textValue();
    }

    private void unknownElements(JsonNode node, String at, Set<String> known, String what) {
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (!known.contains(e.getKey())) {
                String hint = known.stream().filter(k -> k.equalsIgnoreCase(e.getKey())).findFirst()
                        .map(k -> "; element names are case-sensitive: write \"" + k + "\"")
                        .orElse("; a " + what + " may hold " + String.join(", ", known.stream().sorted().toList()));
                problem("json.unknown-element", at + "/" + escape(e.getKey()), "unknown element \"" + e.getKey() + "\"" + hint);
            }
        }
    }

    /** JSON pointer escaping (RFC 6901). */
    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
