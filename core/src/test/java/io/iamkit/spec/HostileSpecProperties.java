package io.iamkit.spec;

import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iamkit.IamkitException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * A role spec broken in its structure (any value replaced by another JSON type, a huge number, an
 * odd string, a deep array) is read, validated and written back, and only {@link IamkitException}
 * may come out.
 */
class HostileSpecProperties {

    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static JsonNode hostile(Random r) {
        return switch (r.nextInt(12)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.numberNode(new java.math.BigDecimal("1e999999"));
            case 2 -> NODES.numberNode(Long.MIN_VALUE);
            case 3 -> NODES.numberNode(-1);
            case 4 -> NODES.textNode("\u0000\uD800${aws:username}");
            case 5 -> NODES.textNode("x".repeat(5_000));
            case 6 -> NODES.booleanNode(true);
            case 7 -> NODES.objectNode();
            case 8 -> NODES.arrayNode();
            case 9 -> {
                ArrayNode deep = NODES.arrayNode();
                ArrayNode at = deep;
                for (int i = 0; i < 40; i++) {
                    at = at.addArray();
                }
                yield deep;
            }
            case 10 -> NODES.textNode("99999999999999999999");
            default -> NODES.textNode("*");
        };
    }

    /** Replaces one value somewhere in the tree by a hostile one. */
    private static void mutate(JsonNode root, Random r) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode c = containers.get(r.nextInt(containers.size()));
        if (c instanceof ObjectNode o && o.size() > 0) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            o.set(names.get(r.nextInt(names.size())), hostile(r));
        } else if (c instanceof ArrayNode a && a.size() > 0) {
            a.set(r.nextInt(a.size()), hostile(r));
        }
    }

    private static void collect(JsonNode n, List<JsonNode> out) {
        if (n.isContainerNode()) {
            out.add(n);
            if (n.isObject()) {
                for (Map.Entry<String, JsonNode> e : n.properties()) {
                    collect(e.getValue(), out);
                }
            } else {
                n.forEach(child -> collect(child, out));
            }
        }
    }

    @Property(tries = 300)
    void brokenSpecsOnlyRaiseIamkitException(@ForAll long seed) throws Exception {
        Random r = new Random(seed);
        JsonNode tree = PLAIN.readTree(SpecJsonTest.CLOUDFORMATION_ROLE);
        int mutations = 1 + r.nextInt(3);
        for (int i = 0; i < mutations; i++) {
            mutate(tree, r);
        }
        String text = PLAIN.writeValueAsString(tree);
        assertThatCode(() -> {
            try {
                IamSpec spec = SpecJson.read(text);
                SpecValidation.validate(spec);
                SpecJson.read(SpecJson.write(spec));
            } catch (IamkitException expected) {
                // the one error type iamkit may raise for bad input
            }
        }).as(text.length() > 400 ? text.substring(0, 400) : text).doesNotThrowAnyException();
    }
}
