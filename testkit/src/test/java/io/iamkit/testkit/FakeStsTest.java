package io.iamkit.testkit;

import static io.iamkit.testkit.FakeIamRolesTest.TRUST;
import static io.iamkit.testkit.FakeIamRolesTest.catchAws;
import static org.assertj.core.api.Assertions.assertThat;

import io.iamkit.eval.Decision;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.AssumeRoleResponse;
import software.amazon.awssdk.services.sts.model.StsException;

class FakeStsTest {

    static final String A = "111111111111";
    static final String B = "222222222222";

    final MutableClock clock = MutableClock.at(Instant.parse("2025-05-05T12:00:00Z"));
    final FakeIam fake = FakeIam.builder().clock(clock).accounts(A, B).build();

    static String trusting(String awsPrincipal, String extraCondition) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"" + awsPrincipal
                + "\"},\"Action\":\"sts:AssumeRole\"" + extraCondition + "}]}";
    }

    static String code(Throwable t) {
        return ((AwsServiceException) t).awsErrorDetails().errorCode();
    }

    @Test
    void callerIdentityOfRootAndOfASession() {
        StsClient sts = fake.sts();
        assertThat(sts.getCallerIdentity().arn()).isEqualTo("arn:aws:iam::" + A + ":root");
        fake.iam().createRole(r -> r.roleName("app").path("/team/").assumeRolePolicyDocument(trusting("arn:aws:iam::" + A + ":root", "")));
        AssumeRoleResponse r = sts.assumeRole(b -> b.roleArn("arn:aws:iam::" + A + ":role/team/app").roleSessionName("alice"));
        assertThat(r.credentials().accessKeyId()).startsWith("ASIA").hasSize(20);
        assertThat(r.credentials().secretAccessKey()).hasSize(40);
        assertThat(r.credentials().expiration()).isEqualTo(Instant.parse("2025-05-05T13:00:00Z"));
        assertThat(r.assumedRoleUser().arn()).isEqualTo("arn:aws:sts::" + A + ":assumed-role/app/alice");
        String roleId = fake.iam().getRole(b -> b.roleName("app")).role().roleId();
        assertThat(r.assumedRoleUser().assumedRoleId()).isEqualTo(roleId + ":alice");
        var who = fake.sts(r.credentials()).getCallerIdentity();
        assertThat(who.arn()).isEqualTo(r.assumedRoleUser().arn());
        assertThat(who.userId()).isEqualTo(roleId + ":alice");
        assertThat(who.account()).isEqualTo(A);
    }

    @Test
    void sessionCredentialsExpireOnTheFakesClock() {
        fake.iam().createRole(r -> r.roleName("app").assumeRolePolicyDocument(trusting(A, "")));
        var creds = fake.sts().assumeRole(b -> b.roleArn("arn:aws:iam::" + A + ":role/app").roleSessionName("s1").durationSeconds(900)).credentials();
        StsClient session = fake.sts(creds);
        assertThat(session.getCallerIdentity().arn()).endsWith("assumed-role/app/s1");
        clock.advance(Duration.ofSeconds(900));
        Throwable t = catchAws(session::getCallerIdentity);
        assertThat(code(t)).isEqualTo("ExpiredToken");
        assertThat(((AwsServiceException) t).statusCode()).isEqualTo(403);
    }

    @Test
    void trustIsEvaluatedWithExternalId() {
        fake.iam().createRole(r -> r.roleName("vendor").assumeRolePolicyDocument(trusting(B,
                ",\"Condition\":{\"StringEquals\":{\"sts:ExternalId\":\"secret-42\"}}")));
        StsClient fromB = fake.sts(B);
        String arn = "arn:aws:iam::" + A + ":role/vendor";
        Throwable noId = catchAws(() -> fromB.assumeRole(b -> b.roleArn(arn).roleSessionName("s1")));
        assertThat(noId).isInstanceOf(StsException.class);
        assertThat(code(noId)).isEqualTo("AccessDenied");
        assertThat(((StsException) noId).statusCode()).isEqualTo(403);
        assertThat(((StsException) noId).awsErrorDetails().errorMessage())
                .isEqualTo("User: arn:aws:iam::" + B + ":root is not authorized to perform: sts:AssumeRole on resource: " + arn);
        assertThat(code(catchAws(() -> fromB.assumeRole(b -> b.roleArn(arn).roleSessionName("s1").externalId("wrong-1"))))).isEqualTo("AccessDenied");
        assertThat(fromB.assumeRole(b -> b.roleArn(arn).roleSessionName("s1").externalId("secret-42")).assumedRoleUser().arn())
                .isEqualTo("arn:aws:sts::" + A + ":assumed-role/vendor/s1");
        assertThat(code(catchAws(() -> fake.sts(A).assumeRole(b -> b.roleArn(arn).roleSessionName("s1").externalId("secret-42")))))
                .as("account A is not trusted").isEqualTo("AccessDenied");
    }

    @Test
    void aRoleSessionNeedsItsOwnIdentityPolicyToAssumeARoleTrustingTheAccount() {
        IamClient iam = fake.iam();
        iam.createRole(r -> r.roleName("caller").assumeRolePolicyDocument(trusting("arn:aws:iam::" + A + ":root", "")));
        iam.createRole(r -> r.roleName("target").assumeRolePolicyDocument(trusting("arn:aws:iam::" + A + ":root", "")));
        var callerCreds = fake.sts().assumeRole(b -> b.roleArn("arn:aws:iam::" + A + ":role/caller").roleSessionName("c1")).credentials();
        StsClient asCaller = fake.sts(callerCreds);
        String target = "arn:aws:iam::" + A + ":role/target";
        assertThat(code(catchAws(() -> asCaller.assumeRole(b -> b.roleArn(target).roleSessionName("t1")))))
                .as("trust names the account, so the caller's identity policy must allow").isEqualTo("AccessDenied");
        iam.putRolePolicy(b -> b.roleName("caller").policyName("assume").policyDocument(
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"sts:AssumeRole\",\"Resource\":\"" + target + "\"}]}"));
        assertThat(asCaller.assumeRole(b -> b.roleArn(target).roleSessionName("t1")).assumedRoleUser().arn()).endsWith("assumed-role/target/t1");
        assertThat(code(catchAws(() -> asCaller.assumeRole(b -> b.roleArn(target).roleSessionName("t1").durationSeconds(7200)))))
                .as("role chaining is limited to one hour").isEqualTo("ValidationError");
    }

    @Test
    void sessionTagsNeedTagSessionInTheTrustPolicy() {
        fake.iam().createRole(r -> r.roleName("plain").assumeRolePolicyDocument(trusting(A, "")));
        String both = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"" + A
                + "\"},\"Action\":[\"sts:AssumeRole\",\"sts:TagSession\"],\"Condition\":{\"StringEquals\":{\"aws:RequestTag/team\":\"pay\"}}}]}";
        fake.iam().createRole(r -> r.roleName("tagging").assumeRolePolicyDocument(both));
        var tag = software.amazon.awssdk.services.sts.model.Tag.builder().key("team").value("pay").build();
        Throwable t = catchAws(() -> fake.sts().assumeRole(b -> b.roleArn("arn:aws:iam::" + A + ":role/plain").roleSessionName("s1").tags(tag)));
        assertThat(((AwsServiceException) t).awsErrorDetails().errorMessage()).contains("sts:TagSession");
        assertThat(fake.sts().assumeRole(b -> b.roleArn("arn:aws:iam::" + A + ":role/tagging").roleSessionName("s1").tags(tag))
                .assumedRoleUser()).isNotNull();
        var other = software.amazon.awssdk.services.sts.model.Tag.builder().key("team").value("ops").build();
        assertThat(code(catchAws(() -> fake.sts().assumeRole(b -> b.roleArn("arn:aws:iam::" + A + ":role/tagging").roleSessionName("s1").tags(other)))))
                .as("the condition on aws:RequestTag/team sees the tag's value").isEqualTo("AccessDenied");
    }

    @Test
    void durationAndSessionNameLimits() {
        fake.iam().createRole(r -> r.roleName("app").maxSessionDuration(7200).assumeRolePolicyDocument(trusting(A, "")));
        String arn = "arn:aws:iam::" + A + ":role/app";
        StsClient sts = fake.sts();
        assertThat(sts.assumeRole(b -> b.roleArn(arn).roleSessionName("ok").durationSeconds(7200)).credentials().expiration())
                .isEqualTo(clock.instant().plus(Duration.ofHours(2)));
        Throwable tooLong = catchAws(() -> sts.assumeRole(b -> b.roleArn(arn).roleSessionName("ok").durationSeconds(7201)));
        assertThat(((AwsServiceException) tooLong).awsErrorDetails().errorMessage())
                .isEqualTo("The requested DurationSeconds exceeds the MaxSessionDuration set for this role.");
        assertThat(code(catchAws(() -> sts.assumeRole(b -> b.roleArn(arn).roleSessionName("ok").durationSeconds(899))))).isEqualTo("ValidationError");
        assertThat(code(catchAws(() -> sts.assumeRole(b -> b.roleArn(arn).roleSessionName("x"))))).isEqualTo("ValidationError");
        assertThat(code(catchAws(() -> sts.assumeRole(b -> b.roleArn(arn).roleSessionName("s".repeat(65)))))).isEqualTo("ValidationError");
        assertThat(code(catchAws(() -> sts.assumeRole(b -> b.roleArn(arn).roleSessionName("bad name"))))).isEqualTo("ValidationError");
    }

    @Test
    void permissiveSwitchSkipsTrustButNotExistence() {
        FakeIam lax = FakeIam.builder().permissiveAssumeRole(true).build();
        lax.iam().createRole(r -> r.roleName("svc").assumeRolePolicyDocument(TRUST));
        assertThat(lax.sts().assumeRole(b -> b.roleArn("arn:aws:iam::123456789012:role/svc").roleSessionName("s1")).credentials()).isNotNull();
        assertThat(code(catchAws(() -> lax.sts().assumeRole(b -> b.roleArn("arn:aws:iam::123456789012:role/none").roleSessionName("s1")))))
                .isEqualTo("AccessDenied");
        assertThat(code(catchAws(() -> fake.sts().assumeRole(b -> b.roleArn("arn:aws:iam::" + A + ":role/none").roleSessionName("s1")))))
                .isEqualTo("AccessDenied");
    }

    @Test
    void serviceTrustWithConfusedDeputyConditions() {
        String trust = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"ecs-tasks.amazonaws.com\"},"
                + "\"Action\":\"sts:AssumeRole\",\"Condition\":{\"StringEquals\":{\"aws:SourceAccount\":\"" + A + "\"},"
                + "\"ArnLike\":{\"aws:SourceArn\":\"arn:aws:ecs:us-east-1:" + A + ":*\"}}}]}";
        fake.iam().createRole(r -> r.roleName("task").assumeRolePolicyDocument(trust));
        String arn = "arn:aws:iam::" + A + ":role/task";
        assertThat(fake.trustDecision("ecs-tasks.amazonaws.com", arn, Map.of("aws:SourceAccount", A,
                "aws:SourceArn", "arn:aws:ecs:us-east-1:" + A + ":task/c/1"))).isEqualTo(Decision.ALLOWED);
        assertThat(fake.trustDecision("ecs-tasks.amazonaws.com", arn, Map.of("aws:SourceAccount", B,
                "aws:SourceArn", "arn:aws:ecs:us-east-1:" + B + ":task/c/1"))).isEqualTo(Decision.IMPLICITLY_DENIED);
        assertThat(fake.trustDecision("lambda.amazonaws.com", arn, Map.of())).isEqualTo(Decision.IMPLICITLY_DENIED);
    }

    @Test
    void simulatePrincipalPolicyUsesTheRolesPoliciesAndBoundary() {
        IamClient iam = fake.iam();
        iam.createRole(r -> r.roleName("app").assumeRolePolicyDocument(TRUST));
        iam.attachRolePolicy(r -> r.roleName("app").policyArn("arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"));
        String arn = "arn:aws:iam::" + A + ":role/app";
        var results = iam.simulatePrincipalPolicy(r -> r.policySourceArn(arn).actionNames("ecr:BatchGetImage", "s3:GetObject")).evaluationResults();
        assertThat(results).extracting(x -> x.evalActionName() + "=" + x.evalDecisionAsString())
                .containsExactly("ecr:BatchGetImage=allowed", "s3:GetObject=implicitDeny");
        String denyEcr = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Action\":\"ecr:*\",\"Resource\":\"*\"}]}";
        iam.putRolePolicy(r -> r.roleName("app").policyName("deny").policyDocument(denyEcr));
        assertThat(iam.simulatePrincipalPolicy(r -> r.policySourceArn(arn).actionNames("ecr:BatchGetImage")).evaluationResults().get(0)
                .evalDecisionAsString()).isEqualTo("explicitDeny");
        var custom = iam.simulateCustomPolicy(r -> r.policyInputList(FakeIamRolesTest.READ_S3).actionNames("s3:GetObject", "s3:PutObject")
                .resourceArns("arn:aws:s3:::b/k")).evaluationResults();
        assertThat(custom).extracting(x -> x.evalDecisionAsString()).containsExactly("allowed", "implicitDeny");
    }
}
