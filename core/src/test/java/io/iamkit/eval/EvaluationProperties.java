package io.iamkit.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.iamkit.json.PolicyJson;
import io.iamkit.policy.Condition;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.Principal;
import io.iamkit.policy.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The properties issue 3 asks for, over random policy sets and requests drawn from a small, colliding vocabulary. */
class EvaluationProperties {

    private static final String A = "111122223333";
    private static final String X = "444455556666";
    private static final List<String> ACTIONS = List.of("s3:GetObject", "s3:PutObject", "s3:*", "s3:Get*", "ec2:*", "*", "sts:AssumeRole", "S3:getobject");
    private static final List<String> REQUEST_ACTIONS = List.of("s3:GetObject", "s3:PutObject", "ec2:RunInstances", "sts:AssumeRole");
    private static final List<String> RESOURCES = List.of("*", "arn:aws:s3:::bucket/*", "arn:aws:s3:::other/*", "arn:aws:s3:::bucket/key",
            "arn:aws:s3:::bucket/${aws:username}", "arn:aws:iam::" + A + ":role/*");
    private static final List<String> REQUEST_RESOURCES = List.of("arn:aws:s3:::bucket/key", "arn:aws:s3:::other/x",
            "arn:aws:s3:::bucket/alice", "arn:aws:iam::" + A + ":role/target");
    private static final List<String> CALLERS = List.of("arn:aws:iam::" + A + ":role/dev", "arn:aws:iam::" + A + ":user/alice",
            "arn:aws:sts::" + A + ":assumed-role/dev/s1", "arn:aws:sts::" + A + ":federated-user/bob",
            "arn:aws:iam::" + X + ":role/partner", "arn:aws:sts::" + X + ":assumed-role/partner/s1",
            "arn:aws:iam::" + A + ":root", "anonymous", "ecs-tasks.amazonaws.com");
    private static final List<Principal> PRINCIPALS = List.of(Principal.anyone(), Principal.aws("*"), Principal.aws(A),
            Principal.aws("arn:aws:iam::" + X + ":root"), Principal.aws("arn:aws:iam::" + A + ":role/dev"),
            Principal.aws("arn:aws:iam::" + A + ":user/alice"), Principal.aws("arn:aws:sts::" + A + ":assumed-role/dev/s1"),
            Principal.service("ecs-tasks.amazonaws.com"), Principal.aws("arn:aws:iam::" + X + ":role/partner"));
    private static final List<Condition> CONDITIONS = List.of(
            Condition.stringEquals("aws:RequestedRegion", "us-east-1"),
            Condition.of("StringNotEquals", "aws:RequestedRegion", "eu-west-1"),
            Condition.bool("aws:SecureTransport", true),
            Condition.of("BoolIfExists", "aws:MultiFactorAuthPresent", "false"),
            Condition.of("ForAllValues:StringEquals", "aws:TagKeys", "env", "team"),
            Condition.of("ForAnyValue:StringLike", "aws:TagKeys", "t*"),
            Condition.of("Null", "aws:PrincipalTag/team", "true"),
            Condition.ipAddress("aws:SourceIp", "10.0.0.0/8"),
            Condition.stringLike("s3:prefix", "${aws:username}/*"),
            Condition.of("NumericLessThan", "s3:max-keys", "100"));

    record Scenario(PolicySet set, EvaluationRequest request) {
    }

    // ----------------------------------------------------------------------------- generators

    private static Arbitrary<Statement> statements(boolean principals) {
        Arbitrary<Boolean> allow = Arbitraries.frequency(Tuple(3, true), Tuple(1, false));
        Arbitrary<List<String>> actions = Arbitraries.of(ACTIONS).list().ofMinSize(1).ofMaxSize(2);
        Arbitrary<List<String>> resources = Arbitraries.of(RESOURCES).list().ofMinSize(1).ofMaxSize(2);
        Arbitrary<List<Condition>> conds = Arbitraries.frequencyOf(Tuple(2, Arbitraries.just(List.<Condition>of())),
                Tuple(1, Arbitraries.of(CONDITIONS).list().ofMinSize(1).ofMaxSize(2).uniqueElements()));
        Arbitrary<Integer> shape = Arbitraries.integers().between(0, 9);
        Arbitrary<Principal> principal = Arbitraries.of(PRINCIPALS);
        return Combinators.combine(allow, actions, resources, conds, shape, principal).as((al, acts, res, cs, sh, p) -> {
            Statement.Builder b = Statement.builder().effect(al ? io.iamkit.policy.Effect.ALLOW : io.iamkit.policy.Effect.DENY);
            if (sh == 0) {
                b.notActions(acts);
            } else {
                b.actions(acts);
            }
            if (sh == 1) {
                b.notResources(res);
            } else {
                b.resources(res);
            }
            if (principals) {
                if (sh == 2) {
                    b.notPrincipal(p);
                } else {
                    b.principal(p);
                }
            }
            b.conditions(cs);
            return b.build();
        });
    }

    private static Arbitrary<PolicyDocument> policies(boolean principals) {
        return statements(principals).list().ofMinSize(1).ofMaxSize(3)
                .map(ss -> PolicyDocument.builder().statements(ss).build());
    }

    private static <T> net.jqwik.api.Tuple.Tuple2<Integer, T> Tuple(int w, T v) {
        return net.jqwik.api.Tuple.of(w, v);
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<List<PolicyDocument>> identity = policies(false).list().ofMinSize(1).ofMaxSize(2);
        Arbitrary<PolicyDocument> resource = policies(true).injectNull(0.5);
        Arbitrary<List<PolicyDocument>> boundary = Arbitraries.frequencyOf(Tuple(2, Arbitraries.just(List.<PolicyDocument>of())),
                Tuple(1, policies(false).list().ofSize(1)));
        Arbitrary<PolicyDocument> session = policies(false).injectNull(0.7);
        // Organization levels are rarer so that Allowed stays common enough for the properties to bite.
        Arbitrary<List<List<PolicyDocument>>> scps = Arbitraries.frequencyOf(Tuple(3, Arbitraries.just(List.<List<PolicyDocument>>of())),
                Tuple(1, policies(false).list().ofMinSize(1).ofMaxSize(2).list().ofMinSize(1).ofMaxSize(2)));
        Arbitrary<List<List<PolicyDocument>>> rcps = Arbitraries.frequencyOf(Tuple(4, Arbitraries.just(List.<List<PolicyDocument>>of())),
                Tuple(1, policies(true).list().ofMinSize(1).ofMaxSize(2).list().ofMinSize(1).ofMaxSize(1)));
        Arbitrary<PolicySet> sets = Combinators.combine(identity, resource, boundary, session, scps, rcps)
                .as((i, r, b, s, sc, rc) -> new PolicySet(i, r, ResourcePolicyKind.AUTO, b, s, sc, rc));
        return Combinators.combine(sets, requests()).as(Scenario::new);
    }

    private static Arbitrary<EvaluationRequest> requests() {
        // Same-account callers and S3 reads are drawn more often: that is where most Allows are.
        Arbitrary<String> caller = Arbitraries.frequencyOf(Tuple(3, Arbitraries.of(CALLERS.subList(0, 3))), Tuple(2, Arbitraries.of(CALLERS)));
        Arbitrary<String> action = Arbitraries.frequencyOf(Tuple(2, Arbitraries.just("s3:GetObject")), Tuple(2, Arbitraries.of(REQUEST_ACTIONS)));
        Arbitrary<String> resource = Arbitraries.of(REQUEST_RESOURCES);
        Arbitrary<String> account = Arbitraries.of(A, X).injectNull(0.6);
        Arbitrary<Map<String, List<String>>> context = Arbitraries.subsetOf(
                Map.entry("aws:RequestedRegion", List.of("us-east-1")),
                Map.entry("aws:SecureTransport", List.of("true")),
                Map.entry("aws:MultiFactorAuthPresent", List.of("false")),
                Map.entry("aws:TagKeys", List.of("team", "env")),
                Map.entry("aws:PrincipalTag/team", List.of("blue")),
                Map.entry("aws:SourceIp", List.of("10.1.2.3")),
                Map.entry("s3:prefix", List.of("alice/x")),
                Map.entry("s3:max-keys", List.of("50"))).map(entries -> {
                    Map<String, List<String>> m = new LinkedHashMap<>();
                    entries.forEach(e -> m.put(e.getKey(), e.getValue()));
                    return m;
                });
        return Combinators.combine(caller, action, resource, account, context).as(EvaluationRequest::new);
    }

    private static Decision decide(PolicySet set, EvaluationRequest r) {
        return PolicyEvaluator.compile(set).decide(r);
    }

    // ----------------------------------------------------------------------------- properties

    @Property(tries = 200)
    void addingADenyNeverTurnsADenialIntoAllowed(@ForAll("scenarios") Scenario s, @ForAll("denies") Statement deny,
                                                 @ForAll("slots") int slot) {
        Decision before = decide(s.set(), s.request());
        Decision after = decide(addStatement(s.set(), deny, slot), s.request());
        if (before != Decision.ALLOWED) {
            assertThat(after).isNotEqualTo(Decision.ALLOWED);
        }
        if (before == Decision.EXPLICITLY_DENIED) {
            assertThat(after).isEqualTo(Decision.EXPLICITLY_DENIED);
        }
    }

    @Property(tries = 200)
    void addingAnAllowNeverTurnsAllowedIntoADenial(@ForAll("scenarios") Scenario s, @ForAll("allows") Statement allow,
                                                   @ForAll("slots") int slot) {
        Decision before = decide(s.set(), s.request());
        Decision after = decide(addStatement(s.set(), allow, slot), s.request());
        if (before == Decision.ALLOWED) {
            assertThat(after).isEqualTo(Decision.ALLOWED);
        }
    }

    @Property(tries = 200)
    void aBoundaryOnlyNarrows(@ForAll("scenarios") Scenario s) {
        PolicySet s1 = s.set();
        PolicySet without = new PolicySet(s1.identityPolicies(), s1.resourcePolicy(), s1.resourcePolicyKind(), List.of(),
                s1.sessionPolicy(), s1.scps(), s1.rcps());
        if (decide(s1, s.request()) == Decision.ALLOWED) {
            assertThat(decide(without, s.request())).isEqualTo(Decision.ALLOWED);
        }
    }

    @Property(tries = 200)
    void orderOfPoliciesAndStatementsNeverMatters(@ForAll("scenarios") Scenario s, @ForAll long seed) {
        Random random = new Random(seed);
        PolicySet shuffled = mapDocuments(s.set(), doc -> {
            List<Statement> ss = new ArrayList<>(doc.statements());
            Collections.shuffle(ss, random);
            return new PolicyDocument(doc.version(), doc.id(), ss);
        });
        List<PolicyDocument> identity = new ArrayList<>(shuffled.identityPolicies());
        Collections.shuffle(identity, random);
        List<List<PolicyDocument>> scps = new ArrayList<>();
        for (List<PolicyDocument> level : shuffled.scps()) {
            List<PolicyDocument> l = new ArrayList<>(level);
            Collections.shuffle(l, random);
            scps.add(l);
        }
        shuffled = new PolicySet(identity, shuffled.resourcePolicy(), shuffled.resourcePolicyKind(), shuffled.permissionsBoundaries(),
                shuffled.sessionPolicy(), scps, shuffled.rcps());
        assertThat(decide(shuffled, s.request())).isEqualTo(decide(s.set(), s.request()));
    }

    @Property(tries = 200)
    void aJsonRoundTripNeverChangesADecision(@ForAll("scenarios") Scenario s) {
        PolicySet roundTripped = mapDocuments(s.set(), doc -> PolicyJson.read(PolicyJson.write(doc)));
        assertThat(decide(roundTripped, s.request())).isEqualTo(decide(s.set(), s.request()));
    }

    @Property(tries = 100)
    void theExplanationAlwaysStartsWithTheDecidingRule(@ForAll("scenarios") Scenario s) {
        EvaluationResult r = PolicyEvaluator.evaluate(s.request(), s.set());
        assertThat(r.explanation()).isNotEmpty();
        assertThat(r.explanation().get(0).verdict()).isEqualTo(Finding.Verdict.RULE);
        assertThat(r.explanation().get(0).message()).startsWith(r.decision().awsName());
        if (r.decision() == Decision.EXPLICITLY_DENIED) {
            assertThat(r.explanation()).anyMatch(f -> f.verdict() == Finding.Verdict.DENIES);
        }
    }

    @Provide
    Arbitrary<Statement> denies() {
        return statements(true).map(st -> st.toBuilder().deny().build());
    }

    @Provide
    Arbitrary<Statement> allows() {
        return statements(true).map(st -> st.toBuilder().allow().build());
    }

    /** Where to add a statement: 0 new identity policy, 1 first identity policy, 2 resource policy, 3 boundary, 4 session, 5 SCP, 6 RCP. */
    @Provide
    Arbitrary<Integer> slots() {
        return Arbitraries.integers().between(0, 6);
    }

    // ----------------------------------------------------------------------------- helpers

    /** Adds a statement to an existing policy (never creates a limit that was not there: that would narrow by itself). */
    private static PolicySet addStatement(PolicySet s, Statement st, int slot) {
        Statement plain = st.toBuilder().principal(null).notPrincipal(null).build();
        List<PolicyDocument> identity = new ArrayList<>(s.identityPolicies());
        PolicyDocument resource = s.resourcePolicy();
        List<PolicyDocument> boundary = new ArrayList<>(s.permissionsBoundaries());
        PolicyDocument session = s.sessionPolicy();
        List<List<PolicyDocument>> scps = new ArrayList<>(s.scps());
        List<List<PolicyDocument>> rcps = new ArrayList<>(s.rcps());
        switch (slot) {
            case 0 -> identity.add(PolicyDocument.builder().statement(plain).build());
            case 1 -> {
                if (identity.isEmpty()) {
                    identity.add(PolicyDocument.builder().statement(plain).build());
                } else {
                    identity.set(0, with(identity.get(0), plain));
                }
            }
            case 2 -> resource = resource == null ? PolicyDocument.builder().statement(st).build() : with(resource, st);
            case 3 -> {
                if (!boundary.isEmpty()) {
                    boundary.set(0, with(boundary.get(0), plain));
                }
            }
            case 4 -> session = session == null ? null : with(session, plain);
            case 5 -> {
                if (!scps.isEmpty()) {
                    List<PolicyDocument> level = new ArrayList<>(scps.get(0));
                    level.set(0, with(level.get(0), plain));
                    scps.set(0, level);
                }
            }
            default -> {
                if (!rcps.isEmpty()) {
                    List<PolicyDocument> level = new ArrayList<>(rcps.get(0));
                    level.set(0, with(level.get(0), st));
                    rcps.set(0, level);
                }
            }
        }
        return new PolicySet(identity, resource, s.resourcePolicyKind(), boundary, session, scps, rcps);
    }

    private static PolicyDocument with(PolicyDocument doc, Statement st) {
        List<Statement> ss = new ArrayList<>(doc.statements());
        ss.add(st);
        return new PolicyDocument(doc.version(), doc.id(), ss);
    }

    private static PolicySet mapDocuments(PolicySet s, UnaryOperator<PolicyDocument> f) {
        return new PolicySet(
                s.identityPolicies().stream().map(f).toList(),
                s.resourcePolicy() == null ? null : f.apply(s.resourcePolicy()),
                s.resourcePolicyKind(),
                s.permissionsBoundaries().stream().map(f).toList(),
                s.sessionPolicy() == null ? null : f.apply(s.sessionPolicy()),
                s.scps().stream().map(l -> l.stream().map(f).toList()).toList(),
                s.rcps().stream().map(l -> l.stream().map(f).toList()).toList());
    }
}
