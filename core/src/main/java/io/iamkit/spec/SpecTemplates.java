package io.iamkit.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;

/**
 * The templates a spec may hold in any string: {@code ${AccountId}} and {@code ${Partition}}, and
 * their CloudFormation spellings {@code ${AWS::AccountId}} and {@code ${AWS::Partition}}. Nothing
 * else is touched, so policy variables such as {@code ${aws:username}} reach IAM as written.
 */
public final class SpecTemplates {

    private SpecTemplates() {
    }

    /** True when some string of {@code spec} holds a template. */
    public static boolean uses(IamSpec spec) {
        return contains(SpecWriter.tree(spec));
    }

    /** The spec with every template replaced by the caller's account id and partition. */
    public static IamSpec resolve(IamSpec spec, String accountId, String partition) {
        Objects.requireNonNull(accountId, "account id");
        Objects.requireNonNull(partition, "partition");
        ObjectNode tree = SpecWriter.tree(spec);
        if (!contains(tree)) {
            return spec;
        }
        JsonNode resolved = substitute(tree, Map.of(
                "${AccountId}", accountId, "${AWS::AccountId}", accountId,
                "${Partition}", partition, "${AWS::Partition}", partition));
        return SpecReader.read(resolved, "");
    }

    /** One string with its templates replaced. */
    public static String resolve(String text, String accountId, String partition) {
        return text.replace("${AccountId}", accountId).replace("${AWS::AccountId}", accountId)
                .replace("${Partition}", partition).replace("${AWS::Partition}", partition);
    }

    private static boolean contains(JsonNode node) {
        if (node.isTextual()) {
            String t = node.asText();
            return t.contains("${AccountId}") || t.contains("${Partition}") || t.contains("${AWS::");
        }
        for (JsonNode child : node) {
            if (contains(child)) {
                return true;
            }
        }
        if (node.isObject()) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (f.contains("${AccountId}") || f.contains("${Partition}")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static JsonNode substitute(JsonNode node, Map<String, String> values) {
        if (node.isTextual()) {
            String t = node.asText();
            for (Map.Entry<String, String> e : values.entrySet()) {
                t = t.replace(e.getKey(), e.getValue());
            }
            return TextNode.valueOf(t);
        }
        if (node.isArray()) {
            ArrayNode arr = ((ArrayNode) node).arrayNode();
            node.forEach(child -> arr.add(substitute(child, values)));
            return arr;
        }
        if (node.isObject()) {
            ObjectNode obj = ((ObjectNode) node).objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String key = e.getKey();
                for (Map.Entry<String, String> v : values.entrySet()) {
                    key = key.replace(v.getKey(), v.getValue());
                }
                obj.set(key, substitute(e.getValue(), values));
            }
            return obj;
        }
        return node;
    }
}
