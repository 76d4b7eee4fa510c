package io.iamkit.spec;

import com.fasterxml.jackson.databind.JsonNode;
import io.iamkit.json.Json;
import io.iamkit.IamkitException;
import io.iamkit.Problem;
import io.iamkit.Severity;
import io.iamkit.json.PolicyJson;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.role.ManagedPolicy;
import io.iamkit.role.Role;
import io.iamkit.role.Tag;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a spec's JSON tree into an {@link IamSpec}, collecting every problem with its JSON pointer
 * before failing once. Only structure is checked here (types, required properties, unknown
 * properties, duplicate names); IAM's quotas are the validator's.
 */
final class SpecReader {

    private static final Set<String> TOP = Set.of("Ownership", "Roles", "ManagedPolicies");
    private static final Set<String> ROLE = Set.of("RoleName", "Path", "Description", "AssumeRolePolicyDocument",
            "ManagedPolicyArns", "Policies", "PermissionsBoundary", "MaxSessionDuration", "Tags", "Ownership", "Delete");
    private static final Set<String> POLICY = Set.of("ManagedPolicyName", "PolicyDocument", "Description", "Path", "Tags");
    /** CloudFormation properties a spec does not take, with what to do instead. */
    private static final Map<String, String> UNSUPPORTED = Map.of(
            "Roles", "attach the policy from the role instead, in its ManagedPolicyArns",
            "Users", "iamkit manages roles only; attach the policy to users elsewhere",
            "Groups", "iamkit manages roles only; attach the policy to groups elsewhere");

    private final String owner;
    private final List<Problem> problems = new ArrayList<>();
    // IAM-grammar errors of the entries that read cleanly: reported only together with reading
    // problems, so that one run shows every problem (a clean spec is validated where it is used).
    private final List<Problem> grammar = new ArrayList<>();

    private SpecReader(String owner) {
        this.owner = owner;
    }

    static IamSpec read(JsonNode root, String owner) {
        SpecReader reader = new SpecReader(owner);
        IamSpec spec = reader.spec(root);
        if (!reader.problems.isEmpty()) {
            List<Problem> all = new ArrayList<>(reader.problems);
            reader.grammar.stream().filter(p -> p.severity() == Severity.ERROR).forEach(all::add);
            throw new IamkitException(all);
        }
        return spec;
    }

    private void problem(String code, String pointer, String message) {
        String at = pointer.isEmpty() ? "/" : pointer;
        problems.add(Problem.error(code, owner.isEmpty() ? at : owner + " " + at, message));
    }

    private IamSpec spec(JsonNode root) {
        IamSpec.Builder b = IamSpec.builder();
        if (!root.isObject()) {
            problem("spec.shape", "", "a spec must be a JSON object with \"Roles\" and/or \"ManagedPolicies\", not " + Json.describe(root));
            return b.build();
        }
        unknown(root, "", TOP, "spec", Map.of());
        Ownership mode = ownership(root.get("Ownership"), "/Ownership");
        if (mode != null) {
            b.ownership(mode);
        }
        Set<String> names = new HashSet<>();
        JsonNode roles = root.get("Roles");
        for (int i = 0; roles != null && array(roles, "/Roles") && i < roles.size(); i++) {
            role(roles.get(i), "/Roles/" + i, b, names);
        }
        Set<String> policyNames = new HashSet<>();
        JsonNode policies = root.get("ManagedPolicies");
        for (int i = 0; policies != null && array(policies, "/ManagedPolicies") && i < policies.size(); i++) {
            ManagedPolicy p = managedPolicy(policies.get(i), "/ManagedPolicies/" + i);
            if (p != null && !policyNames.add(p.path() + p.name().toLowerCase(Locale.ROOT))) {
                problem("spec.duplicate", "/ManagedPolicies/" + i + "/ManagedPolicyName",
                        "the managed policy \"" + p.name() + "\" is declared twice (names are unique ignoring case)");
            } else if (p != null) {
                b.managedPolicy(p);
            }
        }
        return b.build();
    }

    private void role(JsonNode entry, String entryAt, IamSpec.Builder spec, Set<String> names) {
        int problemsBefore = problems.size();
        if (!object(entry, entryAt, "a role")) {
            return;
        }
        JsonNode node = unwrap(entry, entryAt, "AWS::IAM::Role");
        String at = node == entry ? entryAt : entryAt + "/Properties";
        unknown(node, at, ROLE, "role", Map.of());
        String name = requiredText(node, at, "RoleName");
        boolean delete = bool(node.get("Delete"), at + "/Delete");
        Role.Builder b = Role.builder(name == null ? "" : name);
        optionalText(node, at, "Path").ifPresent(b::path);
        optionalText(node, at, "Description").ifPresent(b::description);
        optionalText(node, at, "PermissionsBoundary").ifPresent(b::permissionsBoundary);
        JsonNode trust = node.get("AssumeRolePolicyDocument");
        if (trust == null && !delete) {
            problem("spec.missing", at + "/AssumeRolePolicyDocument",
                    "a role needs an AssumeRolePolicyDocument (who may assume it), unless it has \"Delete\": true");
        } else if (trust != null) {
            PolicyDocument doc = document(trust, at + "/AssumeRolePolicyDocument");
            if (doc != null) {
                b.trust(doc);
            }
        }
        JsonNode arns = node.get("ManagedPolicyArns");
        for (int i = 0; arns != null && array(arns, at + "/ManagedPolicyArns") && i < arns.size(); i++) {
            String arn = text(arns.get(i), at + "/ManagedPolicyArns/" + i);
            if (arn != null) {
                b.attach(arn);
            }
        }
        JsonNode inline = node.get("Policies");
        Set<String> inlineNames = new HashSet<>();
        for (int i = 0; inline != null && array(inline, at + "/Policies") && i < inline.size(); i++) {
            String p = at + "/Policies/" + i;
            JsonNode policy = inline.get(i);
            if (!object(policy, p, "an inline policy")) {
                continue;
            }
            unknown(policy, p, Set.of("PolicyName", "PolicyDocument"), "inline policy", Map.of());
            String policyName = requiredText(policy, p, "PolicyName");
            PolicyDocument doc = policy.has("PolicyDocument") ? document(policy.get("PolicyDocument"), p + "/PolicyDocument") : null;
            if (!policy.has("PolicyDocument")) {
                problem("spec.missing", p + "/PolicyDocument", "an inline policy needs a PolicyDocument");
            }
            if (policyName != null && !inlineNames.add(policyName)) {
                problem("spec.duplicate", p + "/PolicyName", "the inline policy \"" + policyName + "\" is declared twice in this role");
            } else if (policyName != null && doc != null) {
                b.inline(policyName, doc);
            }
        }
        JsonNode max = node.get("MaxSessionDuration");
        if (max != null) {
            Long seconds = seconds(max, at + "/MaxSessionDuration");
            if (seconds != null) {
                b.maxSession(Duration.ofSeconds(seconds));
            }
        }
        b.tags(tags(node.get("Tags"), at + "/Tags"));
        Ownership mode = ownership(node.get("Ownership"), at + "/Ownership");
        if (name == null) {
            return;
        }
        if (!names.add(name.toLowerCase(Locale.ROOT))) {
            problem("spec.duplicate", at + "/RoleName", "the role \"" + name + "\" is declared twice (role names are unique ignoring case)");
            return;
        }
        Role role = b.build();
        if (delete) {
            spec.deleteRole(role);
        } else {
            spec.role(role);
            if (problems.size() == problemsBefore) {
                grammar.addAll(SpecValidation.roleProblems(SpecValidation.sample(IamSpec.of(role)).roles().get(0), at, owner));
            }
        }
        if (mode != null) {
            spec.roleOwnership(role.name(), mode);
        }
    }

    private ManagedPolicy managedPolicy(JsonNode entry, String entryAt) {
        int problemsBefore = problems.size();
        if (!object(entry, entryAt, "a managed policy")) {
            return null;
        }
        JsonNode node = unwrap(entry, entryAt, "AWS::IAM::ManagedPolicy");
        String at = node == entry ? entryAt : entryAt + "/Properties";
        unknown(node, at, POLICY, "managed policy", UNSUPPORTED);
        String name = requiredText(node, at, "ManagedPolicyName");
        ManagedPolicy.Builder b = ManagedPolicy.builder(name);
        optionalText(node, at, "Path").ifPresent(b::path);
        optionalText(node, at, "Description").ifPresent(b::description);
        PolicyDocument doc = null;
        if (node.has("PolicyDocument")) {
            doc = document(node.get("PolicyDocument"), at + "/PolicyDocument");
        } else {
            problem("spec.missing", at + "/PolicyDocument", "a managed policy needs a PolicyDocument");
        }
        b.tags(tags(node.get("Tags"), at + "/Tags"));
        if (name == null || doc == null) {
            return null;
        }
        ManagedPolicy policy = b.document(doc).build();
        if (problems.size() == problemsBefore) {
            ManagedPolicy filled = SpecValidation.sample(IamSpec.builder().managedPolicy(policy).build()).managedPolicies().get(0);
            grammar.addAll(SpecValidation.policyProblems(filled, at, owner));
        }
        return policy;
    }

    /**
     * A whole CloudFormation resource ({@code {"Type": "AWS::IAM::Role", "Properties": {...}}}) is
     * taken as its properties, so a resource can be pasted as it is; anything else is the entry itself.
     */
    private JsonNode unwrap(JsonNode entry, String at, String type) {
        JsonNode props = entry.get("Properties");
        JsonNode t = entry.get("Type");
        if (props == null || t == null) {
            return entry;
        }
        if (!t.isTextual() || !type.equals(t.asText())) {
            problem("spec.type", at + "/Type", "expected a resource of Type " + type + ", not " + t);
        }
        for (java.util.Iterator<String> it = entry.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!Set.of("Type", "Properties", "DeletionPolicy", "UpdateReplacePolicy", "DependsOn", "Metadata", "Condition").contains(f)) {
                problem("spec.unknown", at + "/" + f, "unknown CloudFormation resource attribute \"" + f + "\"");
            }
        }
        return object(props, at + "/Properties", "Properties") ? props : entry;
    }

    private PolicyDocument document(JsonNode node, String at) {
        try {
            if (node.isTextual()) {
                // CloudFormation also takes a document as a JSON string.
                return PolicyJson.read(node.asText(), (owner.isEmpty() ? "" : owner + " ") + at);
            }
            return PolicyJson.read(node, owner, at);
        } catch (IamkitException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    private List<Tag> tags(JsonNode node, String at) {
        List<Tag> tags = new ArrayList<>();
        for (int i = 0; node != null && array(node, at) && i < node.size(); i++) {
            String p = at + "/" + i;
            JsonNode t = node.get(i);
            if (!object(t, p, "a tag")) {
                continue;
            }
            unknown(t, p, Set.of("Key", "Value"), "tag", Map.of());
            String key = requiredText(t, p, "Key");
            String value = t.has("Value") ? text(t.get("Value"), p + "/Value") : "";
            if (key != null && value != null) {
                tags.add(Tag.of(key, value));
            }
        }
        return tags;
    }

    private Ownership ownership(JsonNode node, String at) {
        if (node == null) {
            return null;
        }
        String text = text(node, at);
        if (text == null) {
            return null;
        }
        Ownership mode = Ownership.fromText(text).orElse(null);
        if (mode == null) {
            problem("spec.ownership", at, "Ownership must be \"additive\" or \"exclusive\", not \"" + text + "\"");
        }
        return mode;
    }

    private Long seconds(JsonNode node, String at) {
        if (node.canConvertToLong() && node.isIntegralNumber()) {
            return node.asLong();
        }
        if (node.isTextual() && node.asText().matches("\\d{1,9}")) {
            return Long.parseLong(node.asText());
        }
        problem("spec.type", at, "MaxSessionDuration must be a whole number of seconds (3600 to 43200), not " + Json.describe(node));
        return null;
    }

    private boolean bool(JsonNode node, String at) {
        if (node == null) {
            return false;
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        if (node.isTextual() && ("true".equalsIgnoreCase(node.asText()) || "false".equalsIgnoreCase(node.asText()))) {
            return Boolean.parseBoolean(node.asText().toLowerCase(Locale.ROOT));
        }
        problem("spec.type", at, "expected true or false, not " + Json.describe(node));
        return false;
    }

    private String requiredText(JsonNode node, String at, String field) {
        JsonNode v = node.get(field);
        if (v == null) {
            problem("spec.missing", at + "/" + field, field + " is required");
            return null;
        }
        return text(v, at + "/" + field);
    }

    private java.util.Optional<String> optionalText(JsonNode node, String at, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? java.util.Optional.empty() : java.util.Optional.ofNullable(text(v, at + "/" + field));
    }

    private String text(JsonNode node, String at) {
        if (node.isTextual()) {
            return node.asText();
        }
        if (node.isObject() && node.size() == 1 && node.fieldNames().next().startsWith("Fn::") || node.isObject() && node.has("Ref")) {
            problem("spec.intrinsic", at, "CloudFormation functions (" + node.fieldNames().next()
                    + ") are not evaluated; write the value, using ${AccountId} and ${Partition} where needed");
            return null;
        }
        problem("spec.type", at, "expected a string, not " + Json.describe(node));
        return null;
    }

    private boolean array(JsonNode node, String at) {
        if (node.isArray()) {
            return true;
        }
        problem("spec.type", at, "expected an array, not " + Json.describe(node));
        return false;
    }

    private boolean object(JsonNode node, String at, String what) {
        if (node.isObject()) {
            return true;
        }
        problem("spec.type", at, what + " must be a JSON object, not " + Json.describe(node));
        return false;
    }

    private void unknown(JsonNode node, String at, Set<String> known, String what, Map<String, String> hints) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (known.contains(f)) {
                continue;
            }
            String hint = hints.get(f);
            String near = known.stream().filter(k -> k.equalsIgnoreCase(f)).findFirst()
                    .map(k -> "; property names are case-sensitive: did you mean \"" + k + "\"?").orElse("");
            problem("spec.unknown", at + "/" + f, hint != null
                    ? "\"" + f + "\" is not supported in a spec: " + hint
                    : "unknown " + what + " property \"" + f + "\"" + near + " (known: " + String.join(", ", new java.util.TreeSet<>(known)) + ")");
        }
    }
}
