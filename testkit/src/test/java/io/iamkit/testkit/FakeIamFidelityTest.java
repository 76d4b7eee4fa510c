package io.iamkit.testkit;

import static io.iamkit.testkit.FakeIamRolesTest.TRUST;
import static io.iamkit.testkit.FakeIamRolesTest.catchAws;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.IamException;
import software.amazon.awssdk.services.iam.model.ListRolesResponse;
import software.amazon.awssdk.services.iam.model.Role;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Tag;

/** Request validation and listing details checked against AWS's API reference in the testkit review. */
class FakeIamFidelityTest {

    final MutableClock clock = MutableClock.fixed();
    final FakeIam fake = FakeIam.builder().clock(clock).permissiveAssumeRole(true).build();
    final IamClient iam = fake.iam();

    static String code(Throwable t) {
        return ((AwsServiceException) t).awsErrorDetails().errorCode();
    }

    static String message(Throwable t) {
        return ((AwsServiceException) t).awsErrorDetails().errorMessage();
    }

    @Test
    void aMissingRequiredMemberIsAValidationErrorNotAMissingEntityNamedNull() {
        Throwable t = catchAws(() -> iam.getRole(r -> { }));
        assertThat(t).isExactlyInstanceOf(IamException.class);
        assertThat(code(t)).isEqualTo("ValidationError");
        assertThat(message(t)).isEqualTo("1 validation error detected: Value null at 'roleName' failed to satisfy constraint: Member must not be null");
        assertThat(message(catchAws(() -> iam.createRole(r -> r.assumeRolePolicyDocument(TRUST)))))
                .isEqualTo("1 validation error detected: Value null at 'roleName' failed to satisfy constraint: Member must not be null");
        assertThat(message(catchAws(() -> iam.getInstanceProfile(r -> { }))))
                .contains("Value null at 'instanceProfileName'");
        assertThat(message(catchAws(() -> iam.getPolicy(r -> { })))).contains("Value null at 'policyArn'");
        assertThat(message(catchAws(() -> fake.sts().assumeRole(r -> r.roleSessionName("s1"))))).contains("Value null at 'roleArn'");
        assertThat(message(catchAws(() -> iam.simulatePrincipalPolicy(r -> r.actionNames("s3:GetObject")))))
                .contains("Value null at 'policySourceArn'");
        assertThat(message(catchAws(() -> iam.simulateCustomPolicy(r -> r.policyInputList(TRUST))))).contains("Value null at 'actionNames'");
    }

    @Test
    void tagRoleWithoutTagsIsRefused() {
        iam.createRole(r -> r.roleName("app").assumeRolePolicyDocument(TRUST));
        Throwable t = catchAws(() -> iam.tagRole(r -> r.roleName("app")));
        assertThat(code(t)).isEqualTo("ValidationError");
        assertThat(message(t)).contains("Value null at 'tags'");
    }

    @Test
    void anOverlongPolicyArnIsReportedAsTooLong() {
        String arn = "arn:aws:iam::123456789012:policy/" + "p".repeat(2100);
        assertThat(message(catchAws(() -> iam.getPolicy(r -> r.policyArn(arn))))).endsWith("Member must have length less than or equal to 2048");
    }

    @Test
    void maxItemsAndPathPrefixAreValidatedLikeAws() {
        assertThat(message(catchAws(() -> iam.listRoles(r -> r.maxItems(0)))))
                .isEqualTo("1 validation error detected: Value '0' at 'maxItems' failed to satisfy constraint: Member must have value greater than or equal to 1");
        assertThat(message(catchAws(() -> iam.listRoles(r -> r.maxItems(1001)))))
                .isEqualTo("1 validation error detected: Value '1001' at 'maxItems' failed to satisfy constraint: Member must have value less than or equal to 1000");
        assertThat(iam.listRoles(r -> r.maxItems(1000)).isTruncated()).isFalse();
        assertThat(code(catchAws(() -> iam.listRoles(r -> r.pathPrefix("/a b/"))))).as("PathPrefix is \\u0021-\\u007F after the slash")
                .isEqualTo("ValidationError");
    }

    @Test
    void aMarkerSurvivesTheDeletionOfTheEntryItPointsAt() {
        IntStream.range(0, 5).forEach(i -> iam.createRole(r -> r.roleName("r" + i).assumeRolePolicyDocument(TRUST)));
        ListRolesResponse first = iam.listRoles(r -> r.maxItems(2));
        assertThat(first.roles()).extracting(Role::roleName).containsExactly("r0", "r1");
        assertThat(first.isTruncated()).isTrue();
        iam.deleteRole(r -> r.roleName("r2"));
        ListRolesResponse rest = iam.listRoles(r -> r.marker(first.marker()));
        assertThat(rest.roles()).extracting(Role::roleName).containsExactly("r3", "r4");
        assertThat(rest.isTruncated()).isFalse();
        assertThat(rest.marker()).isNull();
        for (String corrupted : List.of("AAAA", "not base64!", first.marker().substring(1))) {
            assertThat(code(catchAws(() -> iam.listRoles(r -> r.marker(corrupted))))).as(corrupted).isEqualTo("ValidationError");
        }
    }

    @Test
    void assumeRoleChecksExternalIdSessionTagAndSourceIdentityLimits() {
        iam.createRole(r -> r.roleName("app").assumeRolePolicyDocument(TRUST));
        String arn = "arn:aws:iam::123456789012:role/app";
        StsClient sts = fake.sts();
        assertThat(message(catchAws(() -> sts.assumeRole(r -> r.roleArn(arn).roleSessionName("s1").externalId("x")))))
                .contains("'externalId'").contains("greater than or equal to 2");
        assertThat(message(catchAws(() -> sts.assumeRole(r -> r.roleArn(arn).roleSessionName("s1").externalId("x".repeat(1225))))))
                .contains("'externalId'").contains("less than or equal to 1224");
        List<Tag> tooMany = IntStream.range(0, 51).mapToObj(i -> Tag.builder().key("k" + i).value("v").build()).toList();
        assertThat(message(catchAws(() -> sts.assumeRole(r -> r.roleArn(arn).roleSessionName("s1").tags(tooMany)))))
                .contains("'tags'").contains("less than or equal to 50");
        assertThat(message(catchAws(() -> sts.assumeRole(r -> r.roleArn(arn).roleSessionName("s1")
                .tags(Tag.builder().key("k".repeat(129)).value("v").build())))))
                .contains("'tags.1.member.key'").contains("less than or equal to 128");
        assertThat(message(catchAws(() -> sts.assumeRole(r -> r.roleArn(arn).roleSessionName("s1")
                .tags(Tag.builder().key("k").value("v".repeat(257)).build())))))
                .contains("'tags.1.member.value'").contains("less than or equal to 256");
        assertThat(message(catchAws(() -> sts.assumeRole(r -> r.roleArn(arn).roleSessionName("s1").sourceIdentity("x")))))
                .contains("'sourceIdentity'").contains("greater than or equal to 2");
        assertThat(message(catchAws(() -> sts.assumeRole(r -> r.roleArn(arn).roleSessionName("s1").sourceIdentity("a b")))))
                .contains("'sourceIdentity'").contains("regular expression");
        assertThat(sts.assumeRole(r -> r.roleArn(arn).roleSessionName("s1").externalId("ab").sourceIdentity("me@example.com")
                .tags(Tag.builder().key("team").value("").build())).assumedRoleUser().arn()).endsWith(":assumed-role/app/s1");
    }

    @Test
    void addingTheSameRoleToAnInstanceProfileAgainExceedsTheQuota() {
        iam.createRole(r -> r.roleName("app").assumeRolePolicyDocument(TRUST));
        iam.createInstanceProfile(r -> r.instanceProfileName("web"));
        iam.addRoleToInstanceProfile(r -> r.instanceProfileName("web").roleName("app"));
        Throwable t = catchAws(() -> iam.addRoleToInstanceProfile(r -> r.instanceProfileName("web").roleName("APP")));
        assertThat(code(t)).isEqualTo("LimitExceeded");
        assertThat(message(t)).isEqualTo("Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1");
    }

    @Test
    void theSameCallsGiveTheSameErrorsWordForWord() {
        assertThat(errorsOfARun()).isEqualTo(errorsOfARun());
    }

    private List<String> errorsOfARun() {
        FakeIam f = FakeIam.builder().clock(MutableClock.fixed()).idSeed(5).build();
        return List.of(catchAws(() -> f.iam().getRole(r -> r.roleName("none"))).getMessage(),
                catchAws(() -> f.sts().assumeRole(r -> r.roleArn("arn:aws:iam::123456789012:role/none").roleSessionName("s1"))).getMessage());
    }
}
