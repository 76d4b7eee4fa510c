package io.iamkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.iamkit.Problem;
import io.iamkit.aws.ApplyResult;
import io.iamkit.aws.IamApplier;
import io.iamkit.eval.Decision;
import io.iamkit.eval.EvaluationRequest;
import io.iamkit.eval.EvaluationResult;
import io.iamkit.eval.PolicyEvaluator;
import io.iamkit.eval.PolicySet;
import io.iamkit.eval.RoleSimulator;
import io.iamkit.json.PolicyJson;
import io.iamkit.lint.Linter;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.PolicyEquivalence;
import io.iamkit.role.ManagedPolicies;
import io.iamkit.role.Role;
import io.iamkit.role.RolePresets;
import io.iamkit.role.Trust;
import io.iamkit.spec.IamSpec;
import io.iamkit.testkit.CallLog;
import io.iamkit.testkit.FakeIam;
import io.iamkit.testkit.junit.WithFakeIam;
import io.iamkit.validate.RoleValidator;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * The README's Java snippets, as written there (only the variables they assume are added), so
 * that a snippet that stops compiling or stops doing what the README says fails the build.
 */
class ReadmeSnippetsTest {

    @Test
    void theDslTour() {
        // A role, in the words of AWS's documentation
        Role role = Role.builder("ecsTaskExecutionRole")
            .description("Pulls images from ECR and ships logs to CloudWatch")
            .trust(Trust.service("ecs-tasks.amazonaws.com").sourceAccount("111122223333"))
            .attach(ManagedPolicies.aws("service-role/AmazonECSTaskExecutionRolePolicy"))
            .inline("read-app-secrets", policy -> policy
                .allow("secretsmanager:GetSecretValue")
                .on("arn:aws:secretsmanager:us-east-1:111122223333:secret:app/*"))
            .tag("team", "payments")
            .maxSession(Duration.ofHours(1))
            .build();

        // The seed use case's inline policy, in five lines
        PolicyDocument pullAndLog = PolicyDocument.builder()
            .allow("ecr:GetAuthorizationToken", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer",
                   "logs:CreateLogStream", "logs:PutLogEvents")
            .on("*")
            .build();

        // Presets that read like AWS's docs; each returns a Role.Builder to go on with
        RolePresets.ecsTaskExecutionRole("111122223333", "us-east-1");   // + aws:SourceAccount and aws:SourceArn
        RolePresets.githubActionsOidcRole("deploy", "111122223333", RolePresets.githubRepo("octo-org/octo-repo"));

        // JSON as IAM reads and writes it
        String text = PolicyJson.write(pullAndLog);
        PolicyDocument other = pullAndLog;
        PolicyDocument doc = PolicyJson.read(text);          // every form IAM accepts, URL-encoded GetRole output too
        String json = PolicyJson.write(doc);                 // canonical, Version first
        PolicyEquivalence.equivalent(doc, other);            // same meaning to IAM? (docs/equivalence.md)
        PolicyJson.size(json);                               // IAM's count: whitespace excluded

        // Check: IAM's grammar and quotas, then lint
        RoleValidator.validate(role).orThrow();              // every problem at once, each with its location
        List<Problem> findings = Linter.check(role);         // + least-privilege findings (docs/lint.md)

        // Evaluate: AWS's request evaluation logic, explained
        RoleSimulator sim = RoleSimulator.of(role, "111122223333");
        Decision assumed = sim.assumeBy("ecs-tasks.amazonaws.com", Map.of("aws:SourceAccount", List.of("111122223333"))).decision(); // ALLOWED
        sim.request("s3:GetObject", "arn:aws:s3:::secrets/key").explain();  // ImplicitlyDenied, and why
        EvaluationRequest request = EvaluationRequest.of("arn:aws:iam::111122223333:role/app", "s3:GetObject", "arn:aws:s3:::b/k");
        List<PolicyDocument> identity = List.of(PolicyDocument.builder().allow("s3:*").on("*").build());
        PolicyDocument boundary = PolicyDocument.builder().allow("s3:GetObject").on("*").build();
        PolicyDocument root = PolicyDocument.builder().allow("*").on("*").build();
        PolicyDocument account = root;
        EvaluationResult r = PolicyEvaluator.evaluate(request, PolicySet.builder()
            .identityPolicies(identity).permissionsBoundary(boundary).scpLevel(root).scpLevel(account).build());

        // Apply: idempotent, one call per changed field, nothing undeclared removed unless asked
        FakeIam fake = FakeIam.create();
        IamClient iamClient = fake.iam();
        StsClient stsClient = fake.sts();
        IamApplier applier = IamApplier.builder().iam(iamClient).sts(stsClient).build();
        String plan = applier.plan(IamSpec.of(role)).render();   // like terraform plan, with document diffs
        ApplyResult done = applier.apply(IamSpec.of(role));           // done.writes() == 0 the second time

        // What the comments promise.
        assertThat(PolicyEquivalence.equivalent(doc, other)).isTrue();
        assertThat(findings).isEmpty();
        assertThat(assumed).isEqualTo(Decision.ALLOWED);
        assertThat(r.decision()).isEqualTo(Decision.ALLOWED);
        assertThat(plan).contains("create role");
        assertThat(done.writes()).isPositive();
        assertThat(applier.apply(IamSpec.of(role)).writes()).isZero();
    }

    @Nested
    @WithFakeIam(accounts = "111122223333")
    class DeployerTest {

        private void deploy(IamClient iam, StsClient sts) {
            IamApplier.builder().iam(iam).sts(sts).build().apply(IamSpec.of(Role.builder("app")
                    .trust(Trust.service("lambda.amazonaws.com").sourceAccount("111122223333")).build()));
        }

        @Test
        void deploysOnceAndOnlyOnce(IamClient iam, StsClient sts, CallLog log) {
            deploy(iam, sts);
            long writes = log.writes();
            deploy(iam, sts);
            assertThat(log.writes()).isEqualTo(writes);
            assertThat(writes).isPositive();
        }
    }
}
