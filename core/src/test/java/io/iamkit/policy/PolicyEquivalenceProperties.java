package io.iamkit.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iamkit.json.PolicyJson;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Equivalence as properties: normalization is idempotent, equivalence is reflexive and symmetric and
 * agrees with normalization, rewrites IAM ignores keep documents equivalent, real changes do not.
 */
class PolicyEquivalenceProperties {

    private static final Pattern ROOT = Pattern.compile("arn:aws:iam::(\\d{12}):root");

    @Provide
    Arbitrary<PolicyDocument> documents() {
        return PolicyArbitraries.documents();
    }

    @Property(tries = 200)
    void normalizeIsIdempotent(@ForAll("documents") PolicyDocument doc) {
        PolicyDocument once = PolicyEquivalence.normalize(doc);
        assertThat(PolicyEquivalence.normalize(once)).isEqualTo(once);
    }

    @Property(tries = 200)
    void equivalenceIsReflexiveSymmetricAndAgreesWithNormalization(@ForAll("documents") PolicyDocument a,
                                                                  @ForAll("documents") PolicyDocument b) {
        assertThat(PolicyEquivalence.equivalent(a, a)).isTrue();
        assertThat(PolicyEquivalence.equivalent(a, PolicyEquivalence.normalize(a))).isTrue();
        assertThat(PolicyEquivalence.equivalent(a, b)).isEqualTo(PolicyEquivalence.equivalent(b, a))
                .isEqualTo(PolicyEquivalence.normalize(a).equals(PolicyEquivalence.normalize(b)));
    }

    @Property(tries = 200)
    void rewritesIamIgnoresStayEquivalent(@ForAll("documents") PolicyDocument doc, @ForAll long seed) {
        PolicyDocument rewritten = rewrite(doc, new Random(seed));
        assertThat(PolicyEquivalence.equivalent(doc, rewritten)).as("%s%nvs%n%s", doc, rewritten).isTrue();
        assertThat(PolicyEquivalence.equivalent(rewritten, doc)).isTrue();
    }

    @Property(tries = 200)
    void stringsAndOneElementArraysAndUnquotedScalarsAreTheSame(@ForAll("documents") PolicyDocument doc, @ForAll long seed) {
        ObjectNode tree = (ObjectNode) PolicyJson.toTree(doc);
        Random random = new Random(seed);
        wrapScalars(tree, random);
        ArrayNode statements = (ArrayNode) tree.get("Statement");
        if (statements.size() == 1 && random.nextBoolean()) {
            tree.set("Statement", statements.get(0));
        }
        PolicyDocument reread = PolicyJson.read(tree.toString());
        assertThat(PolicyEquivalence.equivalent(doc, reread)).as(tree.toString()).isTrue();
    }

    @Property(tries = 200)
    void anotherActionIsARealChange(@ForAll("documents") PolicyDocument doc, @ForAll long seed) {
        int i = new Random(seed).nextInt(doc.statements().size());
        Statement s = doc.statements().get(i);
        Statement changed = s.actions() != null ? s.toBuilder().actions("zz:Mutated").build() : s.toBuilder().notActions("zz:Mutated").build();
        assertThat(PolicyEquivalence.equivalent(doc, replace(doc, i, changed))).isFalse();
    }

    @Property(tries = 200)
    void anotherResourceIsARealChange(@ForAll("documents") PolicyDocument doc, @ForAll long seed) {
        int i = new Random(seed).nextInt(doc.statements().size());
        Statement s = doc.statements().get(i);
        Statement changed = s.resources() != null ? s.toBuilder().resources("arn:aws:s3:::zz-mutated").build()
                : s.toBuilder().notResources("arn:aws:s3:::zz-mutated").build();
        assertThat(PolicyEquivalence.equivalent(doc, replace(doc, i, changed))).isFalse();
    }

    @Property(tries = 200)
    void anotherEffectIsARealChange(@ForAll("documents") PolicyDocument doc, @ForAll long seed) {
        int i = new Random(seed).nextInt(doc.statements().size());
        Statement s = doc.statements().get(i);
        Statement flipped = s.toBuilder().effect(s.isAllow() ? Effect.DENY : Effect.ALLOW).build();
        // Flipping one of two copies of a statement whose flipped twin is already there changes nothing.
        Assume.that(!PolicyEquivalence.normalize(doc).statements().contains(PolicyEquivalence.normalize(flipped)));
        assertThat(PolicyEquivalence.equivalent(doc, replace(doc, i, flipped))).isFalse();
    }

    private static PolicyDocument replace(PolicyDocument doc, int i, Statement s) {
        List<Statement> statements = new ArrayList<>(doc.statements());
        statements.set(i, s);
        return new PolicyDocument(doc.version(), doc.id(), statements);
    }

    /** Shuffles, duplicates and re-cases everything IAM reads as a set or ignoring case. */
    static PolicyDocument rewrite(PolicyDocument doc, Random r) {
        List<Statement> statements = new ArrayList<>();
        for (Statement s : doc.statements()) {
            statements.add(rewrite(s, r));
            if (r.nextInt(4) == 0) {
                statements.add(rewrite(s, r));
            }
        }
        Collections.shuffle(statements, r);
        return new PolicyDocument(doc.version(), doc.id(), statements);
    }

    private static Statement rewrite(Statement s, Random r) {
        List<Condition> conditions = new ArrayList<>();
        for (Condition c : s.conditions()) {
            String op = c.operator().isKnown() ? recase(c.operator().text(), r) : c.operator().text();
            conditions.add(new Condition(ConditionOperator.of(op), recase(c.key(), r), shuffled(c.values(), r)));
        }
        Collections.shuffle(conditions, r);
        String effect = r.nextBoolean() ? s.effect().value() : s.effect().value().toUpperCase(Locale.ROOT);
        return new Statement(s.sid(), Effect.of(effect), rewrite(s.principal(), r), rewrite(s.notPrincipal(), r),
                recased(shuffled(s.actions(), r), r), recased(shuffled(s.notActions(), r), r),
                shuffled(s.resources(), r), shuffled(s.notResources(), r), conditions);
    }

    private static Principal rewrite(Principal p, Random r) {
        if (p == null || p.wildcard()) {
            return p;
        }
        List<Map.Entry<String, List<String>>> entries = new ArrayList<>(p.entries().entrySet());
        Collections.shuffle(entries, r);
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : entries) {
            List<String> values = shuffled(e.getValue(), r);
            if (e.getKey().equals(Principal.AWS)) {
                values = values.stream().map(v -> swapAccountForm(v, r)).toList();
            }
            out.put(e.getKey(), values);
        }
        return new Principal(false, out);
    }

    private static String swapAccountForm(String v, Random r) {
        if (!r.nextBoolean()) {
            return v;
        }
        var m = ROOT.matcher(v);
        if (m.matches()) {
            return m.group(1);
        }
        return v.matches("\\d{12}") ? "arn:aws:iam::" + v + ":root" : v;
    }

    private static List<String> shuffled(List<String> values, Random r) {
        if (values == null) {
            return null;
        }
        List<String> out = new ArrayList<>(values);
        if (!values.isEmpty() && r.nextInt(3) == 0) {
            out.add(values.get(r.nextInt(values.size())));
        }
        Collections.shuffle(out, r);
        return out;
    }

    private static List<String> recased(List<String> values, Random r) {
        return values == null ? null : values.stream().map(v -> recase(v, r)).toList();
    }

    /** Flips the case of some ASCII letters (only those; other scripts may not round-trip through case). */
    private static String recase(String s, Random r) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            boolean ascii = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            sb.append(ascii && r.nextBoolean() ? (Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c)) : c);
        }
        return sb.toString();
    }

    private static void wrapScalars(ObjectNode root, Random r) {
        for (JsonNode st : root.get("Statement")) {
            ObjectNode s = (ObjectNode) st;
            for (String field : List.of("Action", "NotAction", "Resource", "NotResource")) {
                wrap(s, field, r);
            }
            for (String field : List.of("Principal", "NotPrincipal")) {
                if (s.get(field) instanceof ObjectNode p) {
                    List<String> names = new ArrayList<>();
                    p.fieldNames().forEachRemaining(names::add);
                    names.forEach(n -> wrap(p, n, r));
                }
            }
            if (s.get("Condition") instanceof ObjectNode block) {
                for (JsonNode op : block) {
                    ObjectNode keys = (ObjectNode) op;
                    List<String> names = new ArrayList<>();
                    keys.fieldNames().forEachRemaining(names::add);
                    for (String n : names) {
                        JsonNode v = keys.get(n);
                        if (v.isTextual() && r.nextBoolean()) {
                            keys.set(n, unquoted(v.textValue()));
                        }
                        wrap(keys, n, r);
                    }
                }
            }
        }
    }

    /** {@code true} for {@code "true"}, {@code 42} for {@code "42"}: IAM reads both as the same text. */
    private static JsonNode unquoted(String text) {
        if (text.equals("true") || text.equals("false")) {
            return JsonNodeFactory.instance.booleanNode(Boolean.parseBoolean(text));
        }
        if (text.matches("-?[1-9]\\d{0,8}|0")) {
            return JsonNodeFactory.instance.numberNode(Integer.parseInt(text));
        }
        return JsonNodeFactory.instance.textNode(text);
    }

    private static void wrap(ObjectNode node, String field, Random r) {
        JsonNode v = node.get(field);
        if (v != null && v.isValueNode() && r.nextBoolean()) {
            node.putArray(field).add(v);
        }
    }
}
