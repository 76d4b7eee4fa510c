package io.iamkit.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ExplanationTest {

    private static final String ROLE = "arn:aws:iam::111122223333:role/dev";

    @Test
    void namesTheDenyingStatement() {
        PolicyDocument p = PolicyDocument.builder()
                .allow("s3:*").onAnyResource()
                .deny("s3:DeleteObject").onAnyResource().sid("NoDeletes")
                .build();
        EvaluationResult r = PolicyEvaluator.evaluate(EvaluationRequest.of(ROLE, "s3:DeleteObject", "arn:aws:s3:::b/k"), PolicySet.of(p));
        assertThat(r.decision()).isEqualTo(Decision.EXPLICITLY_DENIED);
        assertThat(r.explanation()).anySatisfy(f -> {
            assertThat(f.verdict()).isEqualTo(Finding.Verdict.DENIES);
            assertThat(f.policy()).isEqualTo("identity policy 1");
            assertThat(f.statement()).isEqualTo(1);
            assertThat(f.sid()).isEqualTo("NoDeletes");
        });
        assertThat(r.explain()).startsWith("ExplicitlyDenied").contains("Sid NoDeletes");
    }

    @Test
    void namesTheFailedConditionAndWhy() {
        PolicyDocument p = PolicyDocument.builder().allow("s3:GetObject").onAnyResource()
                .when("StringEquals", "aws:PrincipalTag/team", "blue").build();
        EvaluationResult r = PolicyEvaluator.evaluate(EvaluationRequest.of(ROLE, "s3:GetObject", "arn:aws:s3:::b/k"), PolicySet.of(p));
        assertThat(r.decision()).isEqualTo(Decision.IMPLICITLY_DENIED);
        assertThat(r.explain()).contains("DOES_NOT_APPLY identity policy 1 statement 0")
                .contains("StringEquals aws:PrincipalTag/team [blue]: the request has no value for aws:PrincipalTag/team");
    }

    @Test
    void namesTheMissingLimit() {
        PolicySet set = PolicySet.builder()
                .identityPolicy(PolicyDocument.builder().allow("*").onAnyResource().build())
                .permissionsBoundary(PolicyDocument.builder().allow("ec2:*").onAnyResource().build())
                .build();
        EvaluationResult r = PolicyEvaluator.evaluate(EvaluationRequest.of(ROLE, "s3:GetObject", "arn:aws:s3:::b/k"), set);
        assertThat(r.decision()).isEqualTo(Decision.IMPLICITLY_DENIED);
        assertThat(r.explanation().get(0).verdict()).isEqualTo(Finding.Verdict.RULE);
        assertThat(r.explain()).contains("the permissions boundary does not");
    }

    @Test
    void explainsCrossAccountAndPrincipalMisses() {
        PolicySet set = PolicySet.builder()
                .identityPolicy(PolicyDocument.builder().allow("s3:*").onAnyResource().build())
                .resourcePolicy(PolicyDocument.builder().allow("s3:GetObject").on("arn:aws:s3:::b/*")
                        .by(Principal.aws("arn:aws:iam::999988887777:root")).build())
                .build();
        EvaluationRequest req = EvaluationRequest.builder().principal("arn:aws:iam::444455556666:role/partner")
                .action("s3:GetObject").resource("arn:aws:s3:::b/k").resourceAccount("111122223333").build();
        EvaluationResult r = PolicyEvaluator.compile(set).explain(req);
        assertThat(r.decision()).isEqualTo(Decision.IMPLICITLY_DENIED);
        assertThat(r.explain()).contains("cross account").contains("does not name arn:aws:iam::444455556666:role/partner");
    }

    @Test
    void lazyAndEagerExplanationsAgree() {
        PolicyDocument p = PolicyDocument.builder().allow("s3:Get*").on("arn:aws:s3:::b/*").build();
        CompiledPolicySet c = PolicyEvaluator.compile(PolicySet.of(p));
        EvaluationRequest req = EvaluationRequest.of(ROLE, "s3:GetObject", "arn:aws:s3:::b/k");
        assertThat(c.evaluate(req)).isEqualTo(c.explain(req));
        assertThat(c.decide(req)).isEqualTo(Decision.ALLOWED);
    }

    @Test
    void compiledSetsAreSafeToShareBetweenThreads() throws Exception {
        PolicyDocument p = PolicyDocument.builder()
                .allow("s3:GetObject").on("arn:aws:s3:::bucket/home/${aws:username}/*")
                .deny("s3:GetObject").on("arn:aws:s3:::bucket/home/*/secret").build();
        CompiledPolicySet c = PolicyEvaluator.compile(PolicySet.of(p));
        List<EvaluationRequest> requests = new ArrayList<>();
        List<Decision> expected = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            String user = "u" + (i % 8);
            String key = i % 3 == 0 ? "secret" : "f" + i;
            String owner = i % 5 == 0 ? "other" : user;
            EvaluationRequest req = EvaluationRequest.of("arn:aws:iam::111122223333:user/" + user, "s3:GetObject",
                    "arn:aws:s3:::bucket/home/" + owner + "/" + key);
            requests.add(req);
            expected.add(c.decide(req));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Decision>>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                futures.add(pool.submit(() -> {
                    List<Decision> out = new ArrayList<>();
                    for (int round = 0; round < 200; round++) {
                        for (EvaluationRequest req : requests) {
                            out.add(c.evaluate(req).decision());
                        }
                    }
                    return out;
                }));
            }
            for (Future<List<Decision>> f : futures) {
                List<Decision> got = f.get();
                for (int i = 0; i < got.size(); i++) {
                    assertThat(got.get(i)).isEqualTo(expected.get(i % requests.size()));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(expected).contains(Decision.ALLOWED, Decision.EXPLICITLY_DENIED, Decision.IMPLICITLY_DENIED);
    }
}
