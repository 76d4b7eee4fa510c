package io.iamkit.eval.cases;

import com.fasterxml.jackson.databind.JsonNode;
import io.iamkit.IamkitException;
import io.iamkit.Problem;
import io.iamkit.eval.Decision;
import io.iamkit.eval.EvaluationRequest;
import io.iamkit.eval.PolicySet;
import io.iamkit.eval.ResourcePolicyKind;
import io.iamkit.json.Json;
import io.iamkit.json.TextFiles;
import io.iamkit.json.PolicyJson;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.validate.PolicyKind;
import io.iamkit.validate.PolicyValidator;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads the evaluation case format of {@code simulate --cases} (docs/evaluation.md): a JSON array of
 * cases. A case whose policies or request are invalid (unreadable, or rejected by IAM's grammar for
 * the policy's role as {@link PolicyValidator} checks it) becomes a case carrying its error with the
 * location (file, JSON pointer); the others still run. Only an unreadable file (missing, not JSON,
 * not an array) throws.
 */
public final class EvaluationCases {

    private EvaluationCases() {
    }

    /** Reads a case file. */
    public static List<EvaluationCase> read(Path file) {
        String text = TextFiles.read(file, "cases.io", "the case file");
        return read(text, file.getFileName() == null ? file.toString() : file.getFileName().toString());
    }

    /** Reads cases from JSON text. */
    public static List<EvaluationCase> read(String json) {
        return read(json, "cases");
    }

    /** Reads cases from JSON text, naming {@code owner} (such as a file name) in every location. */
    public static List<EvaluationCase> read(String json, String owner) {
        JsonNode root = Json.parse(json, owner);
        if (!root.isArray()) {
            throw new IamkitException(Problem.error("cases.shape", owner + " /",
                    "a case file must be a JSON array of cases, not " + root.getNodeType().toString().toLowerCase(Locale.ROOT)));
        }
        List<EvaluationCase> out = new ArrayList<>(root.size());
        for (int i = 0; i < root.size(); i++) {
            out.add(readCase(root.get(i), owner, "/" + i, i));
        }
        return out;
    }

    private static EvaluationCase readCase(JsonNode node, String owner, String at, int index) {
        String fallbackName = "#" + index;
        if (!node.isObject()) {
            return failed(fallbackName, owner + " " + at + ": a case must be a JSON object");
        }
        String name = node.path("name").isTextual() ? node.get("name").textValue() : fallbackName;
        String comment = node.path("rule").isTextual() ? node.get("rule").textValue()
                : node.path("comment").isTextual() ? node.get("comment").textValue() : null;
        try {
            List<Problem> problems = new ArrayList<>();
            if (!node.path("name").isTextual()) {
                problems.add(Problem.error("cases.field", owner + " " + at + "/name", "a case needs a \"name\" string"));
            }
            String principal = requiredText(node, "principal", owner, at, problems);
            String action = requiredText(node, "action", owner, at, problems);
            String resource = requiredText(node, "resource", owner, at, problems);
            String resourceAccount = optionalText(node, "resourceAccount", owner, at, problems);
            Map<String, List<String>> context = context(node.get("context"), owner, at + "/context", problems);
            Decision expected = null;
            String exp = optionalText(node, "expected", owner, at, problems);
            if (exp != null) {
                expected = Decision.fromAwsName(exp);
                if (expected == null) {
                    problems.add(Problem.error("cases.field", owner + " " + at + "/expected",
                            "\"expected\" must be Allowed, ExplicitlyDenied or ImplicitlyDenied, not \"" + exp + "\""));
                }
            }
            ResourcePolicyKind kind = ResourcePolicyKind.AUTO;
            String kindText = optionalText(node, "resourcePolicyKind", owner, at, problems);
            if (kindText != null) {
                kind = kind(kindText);
                if (kind == null) {
                    problems.add(Problem.error("cases.field", owner + " " + at + "/resourcePolicyKind",
                            "\"resourcePolicyKind\" must be one of auto, resource-based, role-trust, kms-key, not \"" + kindText + "\""));
                    kind = ResourcePolicyKind.AUTO;
                }
            }
            PolicySet.Builder set = PolicySet.builder();
            set.identityPolicies(documents(node.get("identityPolicies"), owner, at + "/identityPolicies", problems));
            set.resourcePolicy(document(node.get("resourcePolicy"), owner, at + "/resourcePolicy", problems), kind);
            documents(node.get("permissionsBoundaries"), owner, at + "/permissionsBoundaries", problems).forEach(set::permissionsBoundary);
            set.sessionPolicy(document(node.get("sessionPolicy"), owner, at + "/sessionPolicy", problems));
            levels(node.get("scps"), owner, at + "/scps", problems).forEach(set::scpLevel);
            levels(node.get("rcps"), owner, at + "/rcps", problems).forEach(set::rcpLevel);
            if (!problems.isEmpty()) {
                return failed(name, problems.stream().map(Problem::toString).collect(Collectors.joining("; ")), expected, comment);
            }
            EvaluationRequest request = new EvaluationRequest(principal, action, resource, resourceAccount, context);
            PolicySet policies = set.build();
            validate(policies, request, owner, at, problems);
            if (!problems.isEmpty()) {
                return failed(name, problems.stream().map(Problem::toString).collect(Collectors.joining("; ")), expected, comment);
            }
            return new EvaluationCase(name, policies, request, expected, comment, null);
        } catch (IamkitException e) {
            return failed(name, e.problems().stream().map(Problem::toString).collect(Collectors.joining("; ")), null, comment);
        }
    }

    /**
     * IAM's grammar for each policy in its role (io.iamkit.validate): a policy IAM or AWS
     * Organizations would reject makes the case invalid, as the CLI contract asks. Only
     * errors count; warnings describe documents AWS accepts.
     */
    private static void validate(PolicySet s, EvaluationRequest request, String owner, String at, List<Problem> problems) {
        for (int i = 0; i < s.identityPolicies().size(); i++) {
            check(s.identityPolicies().get(i), PolicyKind.IDENTITY, owner, at + "/identityPolicies/" + i, problems);
        }
        if (s.resourcePolicy() != null) {
            PolicyKind kind = s.resourcePolicyKind().resolve(request) == ResourcePolicyKind.ROLE_TRUST ? PolicyKind.TRUST : PolicyKind.RESOURCE;
            check(s.resourcePolicy(), kind, owner, at + "/resourcePolicy", problems);
        }
        for (int i = 0; i < s.permissionsBoundaries().size(); i++) {
            check(s.permissionsBoundaries().get(i), PolicyKind.PERMISSIONS_BOUNDARY, owner, at + "/permissionsBoundaries/" + i, problems);
        }
        if (s.sessionPolicy() != null) {
            check(s.sessionPolicy(), PolicyKind.SESSION, owner, at + "/sessionPolicy", problems);
        }
        checkLevels(s.scps(), PolicyKind.SCP, owner, at + "/scps", problems);
        checkLevels(s.rcps(), PolicyKind.RCP, owner, at + "/rcps", problems);
    }

    private static void checkLevels(List<List<PolicyDocument>> levels, PolicyKind kind, String owner, String at, List<Problem> problems) {
        for (int l = 0; l < levels.size(); l++) {
            for (int i = 0; i < levels.get(l).size(); i++) {
                check(levels.get(l).get(i), kind, owner, at + "/" + l + "/" + i, problems);
            }
        }
    }

    private static void check(PolicyDocument doc, PolicyKind kind, String owner, String at, List<Problem> problems) {
        for (Problem p : PolicyValidator.validate(doc, kind).errors()) {
            String where = p.location().startsWith("/") || p.location().isEmpty() ? at + p.location() : at + " " + p.location();
            problems.add(new Problem(p.severity(), p.code(), owner + " " + where, p.message()));
        }
    }

    private static ResourcePolicyKind kind(String text) {
        String k = text.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        return switch (k) {
            case "auto" -> ResourcePolicyKind.AUTO;
            case "resourcebased", "resource" -> ResourcePolicyKind.RESOURCE_BASED;
            case "roletrust", "trust" -> ResourcePolicyKind.ROLE_TRUST;
            case "kmskey", "kms", "keypolicy" -> ResourcePolicyKind.KMS_KEY;
            default -> null;
        };
    }

    private static EvaluationCase failed(String name, String error) {
        return failed(name, error, null, null);
    }

    private static EvaluationCase failed(String name, String error, Decision expected, String comment) {
        return new EvaluationCase(name, null, null, expected, comment, error);
    }

    private static String requiredText(JsonNode node, String field, String owner, String at, List<Problem> problems) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.textValue().isEmpty()) {
            problems.add(Problem.error("cases.field", owner + " " + at + "/" + field, "a case needs a non-empty \"" + field + "\" string"));
            return null;
        }
        return v.textValue();
    }

    private static String optionalText(JsonNode node, String field, String owner, String at, List<Problem> problems) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            problems.add(Problem.error("cases.field", owner + " " + at + "/" + field, "\"" + field + "\" must be a string or null"));
            return null;
        }
        return v.textValue();
    }

    private static Map<String, List<String>> context(JsonNode node, String owner, String at, List<Problem> problems) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isObject()) {
            problems.add(Problem.error("cases.context", owner + " " + at, "\"context\" must be an object of keys to strings or arrays of strings"));
            return out;
        }
        Map<String, String> seen = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String keyAt = at + "/" + e.getKey().replace("~", "~0").replace("/", "~1");
            String previous = seen.put(e.getKey().toLowerCase(Locale.ROOT), e.getKey());
            if (previous != null) {
                problems.add(Problem.error("cases.context", owner + " " + keyAt, "the context key " + e.getKey()
                        + " repeats " + previous + "; context keys are case-insensitive"));
                continue;
            }
            JsonNode v = e.getValue();
            List<String> values = new ArrayList<>();
            if (v.isArray()) {
                for (int i = 0; i < v.size(); i++) {
                    if (v.get(i).isValueNode() && !v.get(i).isNull()) {
                        values.add(v.get(i).asText());
                    } else {
                        problems.add(Problem.error("cases.context", owner + " " + keyAt + "/" + i, "a context value must be a string"));
                    }
                }
            } else if (v.isValueNode() && !v.isNull()) {
                values.add(v.asText());
            } else {
                problems.add(Problem.error("cases.context", owner + " " + keyAt, "a context value must be a string or an array of strings"));
            }
            out.put(e.getKey(), values);
        }
        return out;
    }

    private static PolicyDocument document(JsonNode node, String owner, String at, List<Problem> problems) {
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            return PolicyJson.read(node, owner, at);
        } catch (IamkitException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    private static List<PolicyDocument> documents(JsonNode node, String owner, String at, List<Problem> problems) {
        List<PolicyDocument> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (node.isObject()) {
            PolicyDocument d = document(node, owner, at, problems);
            if (d != null) {
                out.add(d);
            }
            return out;
        }
        if (!node.isArray()) {
            problems.add(Problem.error("cases.shape", owner + " " + at, "expected an array of policy documents"));
            return out;
        }
        for (int i = 0; i < node.size(); i++) {
            PolicyDocument d = document(node.get(i), owner, at + "/" + i, problems);
            if (d != null) {
                out.add(d);
            }
        }
        return out;
    }

    /** Organization levels: each element one policy or an array of the policies attached at that level. */
    private static List<List<PolicyDocument>> levels(JsonNode node, String owner, String at, List<Problem> problems) {
        List<List<PolicyDocument>> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isArray()) {
            problems.add(Problem.error("cases.shape", owner + " " + at,
                    "expected an array of levels, root first; each level a policy or an array of policies"));
            return out;
        }
        for (int i = 0; i < node.size(); i++) {
            out.add(documents(node.get(i), owner, at + "/" + i, problems));
        }
        return out;
    }
}
