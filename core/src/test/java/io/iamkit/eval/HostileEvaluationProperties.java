package io.iamkit.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.iamkit.IamkitException;
import io.iamkit.eval.cases.CaseRunner;
import io.iamkit.eval.cases.EvaluationCases;
import io.iamkit.policy.Condition;
import io.iamkit.policy.ConditionFunction;
import io.iamkit.policy.ConditionOperator;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.Principal;
import io.iamkit.policy.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Hostile text everywhere a policy or a request carries text: evaluating (and explaining) must
 * always answer, with no exception at all, and the answer must not depend on whether it was
 * explained. A case file built from the same text may only raise {@link IamkitException}.
 */
class HostileEvaluationProperties {

    /** Text that has broken or could break a reader: types, wildcards, variables, encodings, sizes. */
    private static final List<String> HOSTILE = List.of(
            "", "*", "?", "**", "*?*", "a*a*a*a*a*a*a*a*a*b", "${", "${}", "${aws:username", "${${aws:username}}", "${*}${?}${$}",
            "${aws:x, 'd'}", "${aws:x,}", "$${aws:username}", "\u0000", "\uD800", "\uDFFF", "\uD801\uDC00", "\uFEFF", "\u212A",
            "9".repeat(70), "1e999999999", "-0", "+1", ".5", "1.", "NaN", "Infinity", "0x10", "99999999999999999999",
            "+999999999-12-31T23:59:59Z", "2020-02-30", "2020-01-01T24:00:00Z", "2020-01-01T10:00:00+18:00",
            "2020-01-01T10:00:00Z[UTC]", "-1", "::", ":::", "::ffff:10.0.0.1", "1.2.3.4::", "fe80::1%eth0", "10.0.0.0/99",
            "2001:db8::/129", "\uFF12001:db8::1", "10.0.0.0/\u0668", "255.255.255.255/0", "true", "TRUE", "yes", "=", "====", "YQ",
            "arn:", "arn:aws", ":::::", "arn:aws:s3:::" + "a".repeat(5_000), "arn:*:*:*:*:*", "x".repeat(20_000),
            "arn:aws:iam::111122223333:root", "111122223333", "arn:aws:sts::111122223333:assumed-role//", "anonymous", ".");

    private static final List<String> OPERATORS = ConditionFunctionNames.all();

    private static String pick(Random r) {
        String h = HOSTILE.get(r.nextInt(HOSTILE.size()));
        return r.nextInt(4) == 0 ? h + HOSTILE.get(r.nextInt(HOSTILE.size())) : h;
    }

    private static List<String> picks(Random r) {
        List<String> out = new ArrayList<>();
        int n = r.nextInt(3) + 1;
        for (int i = 0; i < n; i++) {
            out.add(pick(r));
        }
        return out;
    }

    private static PolicyDocument document(Random r) {
        PolicyDocument.Builder doc = PolicyDocument.builder().version(r.nextBoolean() ? PolicyDocument.VERSION_2012_10_17 : pick(r));
        int statements = r.nextInt(3) + 1;
        for (int i = 0; i < statements; i++) {
            Statement.Builder s = Statement.builder().effect(r.nextInt(5) == 0 ? io.iamkit.policy.Effect.of(pick(r))
                    : r.nextBoolean() ? io.iamkit.policy.Effect.ALLOW : io.iamkit.policy.Effect.DENY);
            if (r.nextBoolean()) {
                s.actions(picks(r));
            } else {
                s.notActions(picks(r));
            }
            if (r.nextBoolean()) {
                s.resources(picks(r));
            } else if (r.nextBoolean()) {
                s.notResources(picks(r));
            }
            if (r.nextBoolean()) {
                s.principal(r.nextInt(4) == 0 ? Principal.anyone() : Principal.of(List.of("AWS", "Service", "Federated", "CanonicalUser",
                        "Odd").get(r.nextInt(5)), picks(r).toArray(new String[0])));
            } else if (r.nextInt(4) == 0) {
                s.notPrincipal(Principal.aws(picks(r).toArray(new String[0])));
            }
            int conditions = r.nextInt(4);
            for (int c = 0; c < conditions; c++) {
                String op = r.nextInt(6) == 0 ? pick(r) : OPERATORS.get(r.nextInt(OPERATORS.size()));
                // One key once per operator (JSON could not hold it twice): the index keeps keys apart.
                String key = (r.nextInt(3) == 0 ? pick(r) : "k") + c;
                s.condition(new Condition(ConditionOperator.of(op), key, picks(r)));
            }
            doc.statement(s.build());
        }
        return doc.build();
    }

    private static EvaluationRequest request(Random r) {
        EvaluationRequest.Builder b = EvaluationRequest.builder().principal(pick(r)).action(pick(r)).resource(pick(r));
        if (r.nextBoolean()) {
            b.resourceAccount(pick(r));
        }
        for (int i = 0; i < 3; i++) {
            b.context(r.nextInt(3) == 0 ? pick(r) : "k" + i, r.nextInt(5) == 0 ? List.of() : picks(r));
        }
        return b.build();
    }

    @Property(tries = 200)
    void evaluatingHostilePoliciesAndRequestsAlwaysAnswers(@ForAll long seed) {
        Random r = new Random(seed);
        PolicySet.Builder set = PolicySet.builder().identityPolicy(document(r));
        if (r.nextBoolean()) {
            set.resourcePolicy(document(r), ResourcePolicyKind.values()[r.nextInt(ResourcePolicyKind.values().length)]);
        }
        if (r.nextBoolean()) {
            set.permissionsBoundary(document(r));
        }
        if (r.nextBoolean()) {
            set.sessionPolicy(document(r));
        }
        if (r.nextBoolean()) {
            set.scpLevel(document(r)).rcpLevel(document(r));
        }
        EvaluationRequest request = request(r);
        assertThatCode(() -> {
            CompiledPolicySet compiled = PolicyEvaluator.compile(set.build());
            Decision fast = compiled.decide(request);
            EvaluationResult explained = compiled.explain(request);
            assertThat(explained.decision()).isEqualTo(fast);
            assertThat(explained.explain()).isNotEmpty();
            assertThat(compiled.evaluate(request).explanation()).isNotEmpty();
        }).as("seed %d", seed).doesNotThrowAnyException();
    }

    @Property(tries = 100)
    void hostileCaseFilesOnlyRaiseIamkitException(@ForAll long seed) {
        Random r = new Random(seed);
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < 3; i++) {
            EvaluationRequest q = request(r);
            json.append(i == 0 ? "" : ",").append("{\"name\":").append(quote(pick(r)))
                    .append(",\"principal\":").append(quote(q.principal()))
                    .append(",\"action\":").append(quote(q.action()))
                    .append(",\"resource\":").append(quote(q.resource()))
                    .append(",\"context\":{\"").append("k\":").append(r.nextBoolean() ? quote(pick(r)) : "[" + quote(pick(r)) + ",1e3,true]")
                    .append("},\"identityPolicies\":[").append(io.iamkit.json.PolicyJson.write(document(r))).append("]}");
        }
        json.append("]");
        String text = r.nextInt(3) == 0 ? json.substring(0, r.nextInt(json.length())) : json.toString();
        assertThatCode(() -> {
            try {
                CaseRunner.of(EvaluationCases.read(text)).run().forEach(o -> o.toJsonLine());
            } catch (IamkitException expected) {
                // an unreadable file: the one error type allowed
            }
        }).as("seed %d", seed).doesNotThrowAnyException();
    }

    private static String quote(String s) {
        try {
            return io.iamkit.json.Json.mapper().writeValueAsString(s);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    /** Every operator name, plain and with IfExists and the set qualifiers. */
    private static final class ConditionFunctionNames {
        static List<String> all() {
            List<String> out = new ArrayList<>();
            for (ConditionFunction f : ConditionFunction.values()) {
                String name = ConditionOperator.of(f).text();
                out.add(name);
                out.add(name + "IfExists");
                out.add("ForAllValues:" + name);
                out.add("ForAnyValue:" + name);
            }
            return out;
        }
    }
}
