package io.iamkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iamkit.json.PercentEncoding;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.CreateRoleResponse;
import software.amazon.awssdk.services.iam.model.DeleteConflictException;
import software.amazon.awssdk.services.iam.model.EntityAlreadyExistsException;
import software.amazon.awssdk.services.iam.model.GetRoleRequest;
import software.amazon.awssdk.services.iam.model.IamException;
import software.amazon.awssdk.services.iam.model.InvalidInputException;
import software.amazon.awssdk.services.iam.model.LimitExceededException;
import software.amazon.awssdk.services.iam.model.MalformedPolicyDocumentException;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.iam.model.Role;
import software.amazon.awssdk.services.iam.model.Tag;

class FakeIamRolesTest {

    static final String TRUST = "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", "
            + "\"Principal\": {\"Service\": \"ecs-tasks.amazonaws.com\"}, \"Action\": \"sts:AssumeRole\"}]}";
    static final String READ_S3 = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}";

    final MutableClock clock = MutableClock.at(Instant.parse("2025-03-01T10:00:00.123Z"));
    final FakeIam fake = FakeIam.builder().clock(clock).idSeed(42).build();
    final IamClient iam = fake.iam();

    static void assertAws(Throwable t, Class<?> type, String code, int status, String message) {
        assertThat(t).isInstanceOf(type);
        AwsServiceException e = (AwsServiceException) t;
        assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code);
        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(message);
        assertThat(e.awsErrorDetails().serviceName()).isEqualTo("Iam");
        assertThat(e.statusCode()).isEqualTo(status);
    }

    @Test
    void createRoleAnswersLikeAwsAndGetRoleReturnsTheDocumentUrlEncoded() {
        CreateRoleResponse created = iam.createRole(r -> r.roleName("App").path("/service-role/")
                .assumeRolePolicyDocument(TRUST).tags(Tag.builder().key("team").value("payments").build()));
        Role role = created.role();
        assertThat(role.roleId()).startsWith("AROA").hasSize(21);
        assertThat(role.arn()).isEqualTo("arn:aws:iam::123456789012:role/service-role/App");
        assertThat(role.maxSessionDuration()).as("CreateRole leaves MaxSessionDuration out").isNull();
        assertThat(role.createDate()).isEqualTo(Instant.parse("2025-03-01T10:00:00Z"));
        assertThat(role.assumeRolePolicyDocument()).startsWith("%7B");

        Role got = iam.getRole(r -> r.roleName("App")).role();
        assertThat(got.maxSessionDuration()).isEqualTo(3600);
        assertThat(PercentEncoding.decode(got.assumeRolePolicyDocument())).isEqualTo(TRUST);
        assertThat(got.tags()).containsExactly(Tag.builder().key("team").value("payments").build());
        assertThat(got.roleLastUsed()).isNotNull();
    }

    @Test
    void namesAreUniqueIgnoringCaseAndLookupsIgnoreCaseToo() {
        iam.createRole(r -> r.roleName("App").assumeRolePolicyDocument(TRUST));
        Throwable t = catchAws(() -> iam.createRole(r -> r.roleName("aPP").assumeRolePolicyDocument(TRUST)));
        assertAws(t, EntityAlreadyExistsException.class, "EntityAlreadyExists", 409, "Role with name aPP already exists.");
        assertThat(iam.getRole(r -> r.roleName("app")).role().roleName()).isEqualTo("App");
    }

    @Test
    void missingRoleIsNoSuchEntityInAwsWording() {
        Throwable t = catchAws(() -> iam.getRole(GetRoleRequest.builder().roleName("nope").build()));
        assertAws(t, NoSuchEntityException.class, "NoSuchEntity", 404, "The role with name nope cannot be found.");
        assertThat(((AwsServiceException) t).getMessage()).contains("The role with name nope cannot be found.");
    }

    @Test
    void listRolesPaginatesAndLeavesOutTagsBoundaryAndLastUsed() {
        IntStream.range(0, 7).forEach(i -> iam.createRole(r -> r.roleName("role-" + i).assumeRolePolicyDocument(TRUST)
                .tags(Tag.builder().key("k").value("v").build())));
        iam.createRole(r -> r.roleName("other").path("/x/").assumeRolePolicyDocument(TRUST));
        var first = iam.listRoles(r -> r.maxItems(3));
        assertThat(first.isTruncated()).isTrue();
        assertThat(first.roles()).hasSize(3);
        List<Role> all = iam.listRolesPaginator(r -> r.maxItems(2)).roles().stream().toList();
        assertThat(all).extracting(Role::roleName).hasSize(8).doesNotHaveDuplicates();
        assertThat(all).allSatisfy(r -> {
            assertThat(r.hasTags()).isFalse();
            assertThat(r.permissionsBoundary()).isNull();
            assertThat(r.roleLastUsed()).isNull();
            assertThat(r.maxSessionDuration()).isEqualTo(3600);
        });
        assertThat(iam.listRoles(r -> r.pathPrefix("/x/")).roles()).extracting(Role::roleName).containsExactly("other");
    }

    @Test
    void validationErrorsForNamesPathsAndDurations() {
        Throwable t = catchAws(() -> iam.createRole(r -> r.roleName("x".repeat(65)).assumeRolePolicyDocument(TRUST)));
        assertThat(t).isExactlyInstanceOf(IamException.class);
        assertThat(((AwsServiceException) t).awsErrorDetails().errorCode()).isEqualTo("ValidationError");
        assertThat(t.getMessage()).contains("roleName").contains("length less than or equal to 64");

        Throwable p = catchAws(() -> iam.createRole(r -> r.roleName("a").path("no-slash").assumeRolePolicyDocument(TRUST)));
        assertThat(((AwsServiceException) p).awsErrorDetails().errorCode()).isEqualTo("ValidationError");
        Throwable d = catchAws(() -> iam.createRole(r -> r.roleName("a").maxSessionDuration(100).assumeRolePolicyDocument(TRUST)));
        assertThat(d.getMessage()).contains("maxSessionDuration");
        assertThat(fake.callLog().calls("CreateRole")).extracting(Call::outcome).containsOnly("ValidationError");
    }

    @Test
    void duplicateTagKeysIgnoringCaseAreInvalidInput() {
        Throwable t = catchAws(() -> iam.createRole(r -> r.roleName("a").assumeRolePolicyDocument(TRUST)
                .tags(Tag.builder().key("Team").value("a").build(), Tag.builder().key("team").value("b").build())));
        assertAws(t, InvalidInputException.class, "InvalidInput", 400,
                "Duplicate tag keys found. Please note that Tag keys are case insensitive.");
    }

    @Test
    void trustPolicyRulesUseAwsWording() {
        String withResource = TRUST.replace("\"Action\"", "\"Resource\": \"*\", \"Action\"");
        assertAws(catchAws(() -> iam.createRole(r -> r.roleName("a").assumeRolePolicyDocument(withResource))),
                MalformedPolicyDocumentException.class, "MalformedPolicyDocument", 400, "Has prohibited field Resource");
        String otherAction = TRUST.replace("sts:AssumeRole", "s3:GetObject");
        assertAws(catchAws(() -> iam.createRole(r -> r.roleName("a").assumeRolePolicyDocument(otherAction))),
                MalformedPolicyDocumentException.class, "MalformedPolicyDocument", 400, "AssumeRole policy may only specify STS AssumeRole actions.");
        assertAws(catchAws(() -> iam.createRole(r -> r.roleName("a").assumeRolePolicyDocument("{not json"))),
                MalformedPolicyDocumentException.class, "MalformedPolicyDocument", 400, "This policy contains invalid Json");
        String missingRole = TRUST.replace("{\"Service\": \"ecs-tasks.amazonaws.com\"}", "{\"AWS\": \"arn:aws:iam::123456789012:role/ghost\"}");
        assertAws(catchAws(() -> iam.createRole(r -> r.roleName("a").assumeRolePolicyDocument(missingRole))),
                MalformedPolicyDocumentException.class, "MalformedPolicyDocument", 400,
                "Invalid principal in policy: \"AWS\":\"arn:aws:iam::123456789012:role/ghost\"");
    }

    @Test
    void trustPolicySizeIsCountedWithoutWhitespace() {
        String padded = TRUST.replace("{\"Version\"", "{" + " \n\t".repeat(1000) + "\"Version\"");
        iam.createRole(r -> r.roleName("spacey").assumeRolePolicyDocument(padded));
        String big = TRUST.replace("\"Effect\"", "\"Sid\": \"" + "S".repeat(2048) + "\", \"Effect\"");
        assertAws(catchAws(() -> iam.createRole(r -> r.roleName("big").assumeRolePolicyDocument(big))),
                LimitExceededException.class, "LimitExceeded", 409, "Cannot exceed quota for ACLSizePerRole: 2048");
    }

    @Test
    void deleteConflictsInTheOrderAwsChecksThem() {
        iam.createRole(r -> r.roleName("app").assumeRolePolicyDocument(TRUST));
        iam.putRolePolicy(r -> r.roleName("app").policyName("read").policyDocument(READ_S3));
        iam.attachRolePolicy(r -> r.roleName("app").policyArn("arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"));
        iam.createInstanceProfile(r -> r.instanceProfileName("ip"));
        iam.addRoleToInstanceProfile(r -> r.instanceProfileName("ip").roleName("app"));

        assertAws(catchAws(() -> iam.deleteRole(r -> r.roleName("app"))), DeleteConflictException.class, "DeleteConflict", 409,
                "Cannot delete entity, must remove roles from instance profile first.");
        iam.removeRoleFromInstanceProfile(r -> r.instanceProfileName("ip").roleName("app"));
        assertAws(catchAws(() -> iam.deleteRole(r -> r.roleName("app"))), DeleteConflictException.class, "DeleteConflict", 409,
                "Cannot delete entity, must detach all policies first.");
        iam.detachRolePolicy(r -> r.roleName("app").policyArn("arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"));
        assertAws(catchAws(() -> iam.deleteRole(r -> r.roleName("app"))), DeleteConflictException.class, "DeleteConflict", 409,
                "Cannot delete entity, must delete policies first.");
        iam.deleteRolePolicy(r -> r.roleName("app").policyName("read"));
        iam.deleteRole(r -> r.roleName("app"));
        assertThat(iam.listRoles().roles()).isEmpty();
    }

    @Test
    void inlinePoliciesRoundTripExactlyAndRejectPrincipals() {
        iam.createRole(r -> r.roleName("app").assumeRolePolicyDocument(TRUST));
        String pretty = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": {\"Effect\": \"Allow\", \"Action\": \"s3:Get*\", \"Resource\": \"arn:aws:s3:::b/a+b c\"}\n}";
        iam.putRolePolicy(r -> r.roleName("app").policyName("p").policyDocument(pretty));
        String got = iam.getRolePolicy(r -> r.roleName("APP").policyName("p")).policyDocument();
        assertThat(got).doesNotContain("+").doesNotContain(" ");
        assertThat(PercentEncoding.decode(got)).isEqualTo(pretty);
        assertThat(iam.listRolePolicies(r -> r.roleName("app")).policyNames()).containsExactly("p");

        String withPrincipal = READ_S3.replace("\"Action\"", "\"Principal\":\"*\",\"Action\"");
        assertAws(catchAws(() -> iam.putRolePolicy(r -> r.roleName("app").policyName("q").policyDocument(withPrincipal))),
                MalformedPolicyDocumentException.class, "MalformedPolicyDocument", 400, "Policy document should not specify a principal.");
        assertAws(catchAws(() -> iam.getRolePolicy(r -> r.roleName("app").policyName("q"))), NoSuchEntityException.class,
                "NoSuchEntity", 404, "The role policy with name q cannot be found.");
        String big = READ_S3.replace("s3:GetObject", "s3:" + "G".repeat(6000));
        iam.putRolePolicy(r -> r.roleName("app").policyName("big1").policyDocument(big));
        assertAws(catchAws(() -> iam.putRolePolicy(r -> r.roleName("app").policyName("big2").policyDocument(big))),
                LimitExceededException.class, "LimitExceeded", 409, "Maximum policy size of 10240 bytes exceeded for role app");
    }

    @Test
    void tagsAndBoundaries() {
        iam.createRole(r -> r.roleName("app").assumeRolePolicyDocument(TRUST));
        iam.tagRole(r -> r.roleName("app").tags(Tag.builder().key("Env").value("prod").build()));
        iam.tagRole(r -> r.roleName("app").tags(Tag.builder().key("env").value("dev").build()));
        assertThat(iam.listRoleTags(r -> r.roleName("app")).tags()).containsExactly(Tag.builder().key("env").value("dev").build());
        iam.untagRole(r -> r.roleName("app").tagKeys("ENV"));
        assertThat(iam.listRoleTags(r -> r.roleName("app")).tags()).isEmpty();

        String boundary = "arn:aws:iam::aws:policy/PowerUserAccess";
        iam.putRolePermissionsBoundary(r -> r.roleName("app").permissionsBoundary(boundary));
        Role role = iam.getRole(r -> r.roleName("app")).role();
        assertThat(role.permissionsBoundary().permissionsBoundaryArn()).isEqualTo(boundary);
        assertThat(role.permissionsBoundary().permissionsBoundaryTypeAsString()).isEqualTo("Policy");
        iam.deleteRolePermissionsBoundary(r -> r.roleName("app"));
        assertThat(iam.getRole(r -> r.roleName("app")).role().permissionsBoundary()).isNull();
    }

    @Test
    void updatesChangeWhatGetRoleReturns() {
        iam.createRole(r -> r.roleName("app").assumeRolePolicyDocument(TRUST));
        iam.updateRole(r -> r.roleName("app").maxSessionDuration(7200).description("d"));
        assertThat(iam.updateRoleDescription(r -> r.roleName("app").description("e")).role().description()).isEqualTo("e");
        String other = TRUST.replace("ecs-tasks", "lambda");
        iam.updateAssumeRolePolicy(r -> r.roleName("app").policyDocument(other));
        Role role = iam.getRole(r -> r.roleName("app")).role();
        assertThat(role.maxSessionDuration()).isEqualTo(7200);
        assertThat(role.description()).isEqualTo("e");
        assertThat(PercentEncoding.decode(role.assumeRolePolicyDocument())).isEqualTo(other);
    }

    @Test
    void aTrustedRoleDeletedAndRecreatedReadsBackAsItsOldUniqueId() {
        String oldId = iam.createRole(r -> r.roleName("caller").assumeRolePolicyDocument(TRUST)).role().roleId();
        String trustsCaller = TRUST.replace("{\"Service\": \"ecs-tasks.amazonaws.com\"}", "{\"AWS\": \"arn:aws:iam::123456789012:role/caller\"}");
        iam.createRole(r -> r.roleName("target").assumeRolePolicyDocument(trustsCaller));
        assertThat(PercentEncoding.decode(iam.getRole(r -> r.roleName("target")).role().assumeRolePolicyDocument())).isEqualTo(trustsCaller);
        iam.deleteRole(r -> r.roleName("caller"));
        iam.createRole(r -> r.roleName("caller").assumeRolePolicyDocument(TRUST));
        String readBack = PercentEncoding.decode(iam.getRole(r -> r.roleName("target")).role().assumeRolePolicyDocument());
        assertThat(readBack).contains("\"" + oldId + "\"").doesNotContain("role/caller");
    }

    @Test
    void unsupportedOperationsFailLoudlyAsIamExceptions() {
        assertThatThrownBy(() -> iam.createUser(r -> r.userName("u")))
                .isInstanceOf(IamException.class)
                .hasMessageContaining("CreateUser is not supported by the fake")
                .satisfies(e -> assertThat(((IamException) e).awsErrorDetails().errorCode()).isEqualTo("NotSupportedByFake"));
        assertThat(iam.serviceName()).isEqualTo("iam");
    }

    @Test
    void idsAreDeterministicForASeed() {
        FakeIam a = FakeIam.builder().clock(MutableClock.fixed()).idSeed(7).build();
        FakeIam b = FakeIam.builder().clock(MutableClock.fixed()).idSeed(7).build();
        String ida = a.iam().createRole(r -> r.roleName("x").assumeRolePolicyDocument(TRUST)).role().roleId();
        String idb = b.iam().createRole(r -> r.roleName("x").assumeRolePolicyDocument(TRUST)).role().roleId();
        assertThat(ida).isEqualTo(idb);
        assertThat(a.iam().listRoles().roles()).hasSize(1);
        assertThat(FakeIam.create().iam().listRoles().roles()).as("instances are independent").isEmpty();
    }

    static Throwable catchAws(Runnable r) {
        try {
            r.run();
        } catch (AwsServiceException e) {
            return e;
        }
        throw new AssertionError("expected an AWS error");
    }
}
