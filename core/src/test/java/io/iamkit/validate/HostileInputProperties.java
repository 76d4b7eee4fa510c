package io.iamkit.validate;

import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iamkit.IamkitException;
import io.iamkit.json.PercentEncoding;
import io.iamkit.json.PolicyJson;
import io.iamkit.policy.PolicyArbitraries;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.PolicyEquivalence;
import io.iamkit.role.ManagedPolicy;
import io.iamkit.role.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Take valid documents, break their text and structure in every way a file or an attacker can,
 * and read, validate, compare and write what is left: only {@link IamkitException} may come out,
 * never a Jackson exception, a NullPointerException, a StackOverflowError or a hang.
 */
class HostileInputProperties {

    private static final ObjectMapper PLAIN = new ObjectMapper();

    private static final List<String> HOSTILE = List.of(
            "[".repeat(200), "{\"a\":".repeat(200), "\"" + "x".repeat(200_000) + "\"", "\u0000", "\uD800", "\uDFFF",
            "\\uD800", "\\u0000", "1e999999", "1e99999999999", "0.1e-2147483648", "-0", "NaN", "null", "{}", "[]", "%7B", "%", "\"Statement\":", ",,", "\\",
            "\"Condition\":{\"StringEquals\":{\"k\":[[]]}}", "\"Principal\":\"AWS\"", "\uFEFF", "9".repeat(2000));

    @Provide
    Arbitrary<PolicyDocument> documents() {
        return PolicyArbitraries.documents();
    }

    @Property(tries = 300)
    void mutatedTextOnlyEverRaisesIamkitException(@ForAll("documents") PolicyDocument doc, @ForAll long seed) {
        Random r = new Random(seed);
        String text = r.nextBoolean() ? PolicyJson.write(doc) : PolicyJson.writePretty(doc);
        int mutations = 1 + r.nextInt(5);
        for (int i = 0; i < mutations; i++) {
            text = mutate(text, r);
        }
        if (r.nextInt(5) == 0) {
            text = PercentEncoding.encode(text);
        }
        exercise(text);
    }

    @Property(tries = 300)
    void mutatedStructureOnlyEverRaisesIamkitException(@ForAll("documents") PolicyDocument doc, @ForAll long seed) throws Exception {
        Random r = new Random(seed);
        JsonNode tree = PLAIN.readTree(PolicyJson.write(doc));
        int mutations = 1 + r.nextInt(4);
        for (int i = 0; i < mutations; i++) {
            mutateTree(tree, r);
        }
        exercise(PLAIN.writeValueAsString(tree));
    }

    private static void exercise(String text) {
        assertThatCode(() -> {
            for (PolicyKind kind : PolicyKind.values()) {
                PolicyValidator.validate(text, kind, Quotas.defaults(), "hostile");
            }
            try {
                PolicyDocument d = PolicyJson.read(text, "hostile");
                for (PolicyKind kind : PolicyKind.values()) {
                    PolicyValidator.validate(d, kind);
                }
                PolicyEquivalence.normalize(d);
                PolicyEquivalence.equivalent(d, d);
                RoleValidator.validate(Role.builder("r").trust(d).inline("p", d).build());
                ManagedPolicyValidator.validate(ManagedPolicy.builder("m").document(d).build());
                PolicyJson.read(PolicyJson.write(d));
            } catch (IamkitException expected) {
                // the one error type iamkit may raise for bad input
            }
        }).as(abbreviated(text)).doesNotThrowAnyException();
    }

    private static String mutate(String text, Random r) {
        if (text.isEmpty()) {
            return HOSTILE.get(r.nextInt(HOSTILE.size()));
        }
        int at = r.nextInt(text.length());
        switch (r.nextInt(6)) {
            case 0: { // replace one character
                char[] pool = {'{', '}', '[', ']', '"', ':', ',', '\\', '\u0000', '\uD800', 'x', '1', ' '};
                return text.substring(0, at) + pool[r.nextInt(pool.length)] + text.substring(at + 1);
            }
            case 1: { // delete a run
                int end = Math.min(text.length(), at + 1 + r.nextInt(20));
                return text.substring(0, at) + text.substring(end);
            }
            case 2: // insert something hostile
                return text.substring(0, at) + HOSTILE.get(r.nextInt(HOSTILE.size())) + text.substring(at);
            case 3: { // duplicate a run
                int end = Math.min(text.length(), at + 1 + r.nextInt(40));
                return text.substring(0, end) + text.substring(at, end) + text.substring(end);
            }
            case 4: // truncate
                return text.substring(0, at);
            default: { // flip a bit
                char[] chars = text.toCharArray();
                chars[at] = (char) (chars[at] ^ (1 << r.nextInt(16)));
                return new String(chars);
            }
        }
    }

    private static void mutateTree(JsonNode root, Random r) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode target = containers.get(r.nextInt(containers.size()));
        JsonNode value = hostileNode(r);
        if (target instanceof ObjectNode o) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            String[] elements = {"Version", "Statement", "Effect", "Action", "NotAction", "Resource", "Principal",
                    "NotPrincipal", "Condition", "Sid", "AWS", "Service", "StringEquals", "Bogus"};
            String name = names.isEmpty() || r.nextBoolean() ? elements[r.nextInt(elements.length)] : names.get(r.nextInt(names.size()));
            o.set(name, value);
        } else if (target instanceof ArrayNode a) {
            if (a.isEmpty() || r.nextBoolean()) {
                a.add(value);
            } else {
                a.set(r.nextInt(a.size()), value);
            }
        }
    }

    private static void collect(JsonNode n, List<JsonNode> out) {
        if (n.isContainerNode()) {
            out.add(n);
            n.forEach(child -> collect(child, out));
        }
    }

    private static JsonNode hostileNode(Random r) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        switch (r.nextInt(9)) {
            case 0: return f.nullNode();
            case 1: return f.numberNode(r.nextLong());
            case 2: return f.booleanNode(r.nextBoolean());
            case 3: return f.objectNode();
            case 4: return f.arrayNode().add(f.nullNode()).add(f.objectNode());
            case 5: return f.textNode("\u0000\uD800" + "y".repeat(r.nextInt(5000)));
            case 6: {
                JsonNode deep = f.textNode("bottom");
                for (int i = 0; i < 30; i++) {
                    deep = r.nextBoolean() ? f.arrayNode().add(deep) : f.objectNode().set("StringEquals", deep);
                }
                return deep;
            }
            case 7: return f.numberNode(new java.math.BigDecimal("1e-400"));
            default: return f.textNode("*");
        }
    }

    private static String abbreviated(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…(" + text.length() + " chars)" : text;
    }
}
