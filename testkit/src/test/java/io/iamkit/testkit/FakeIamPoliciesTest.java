package io.iamkit.testkit;

import static io.iamkit.testkit.FakeIamRolesTest.READ_S3;
import static io.iamkit.testkit.FakeIamRolesTest.TRUST;
import static io.iamkit.testkit.FakeIamRolesTest.assertAws;
import static io.iamkit.testkit.FakeIamRolesTest.catchAws;
import static org.assertj.core.api.Assertions.assertThat;

import io.iamkit.json.PercentEncoding;
import io.iamkit.json.PolicyJson;
import io.iamkit.catalog.AwsManagedPolicies;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.DeleteConflictException;
import software.amazon.awssdk.services.iam.model.LimitExceededException;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.iam.model.Policy;
import software.amazon.awssdk.services.iam.model.PolicyScopeType;
import software.amazon.awssdk.services.iam.model.PolicyVersion;
import software.amazon.awssdk.services.iam.model.SummaryKeyType;

class FakeIamPoliciesTest {

    static final String ECS = "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy";

    final FakeIam fake = FakeIam.builder().clock(MutableClock.fixed()).build();
    final IamClient iam = fake.iam();

    String createPolicy(String name) {
        return iam.createPolicy(r -> r.policyName(name).policyDocument(READ_S3)).policy().arn();
    }

    @Test
    void awsManagedPoliciesExistInEveryAccountAndCanBeAttachedAndRead() {
        Policy p = iam.getPolicy(r -> r.policyArn(ECS)).policy();
        assertThat(p.policyName()).isEqualTo("AmazonECSTaskExecutionRolePolicy");
        assertThat(p.policyId()).startsWith("ANPA").hasSize(21);
        String doc = iam.getPolicyVersion(r -> r.policyArn(ECS).versionId(p.defaultVersionId())).policyVersion().document();
        assertThat(PolicyJson.read(PercentEncoding.decode(doc))).isEqualTo(AwsManagedPolicies.byArn(ECS).orElseThrow().document());

        iam.createRole(r -> r.roleName("app").assumeRolePolicyDocument(TRUST));
        iam.attachRolePolicy(r -> r.roleName("app").policyArn(ECS));
        assertThat(iam.getPolicy(r -> r.policyArn(ECS)).policy().attachmentCount()).isEqualTo(1);
        assertThat(fake.iam("210987654321").getPolicy(r -> r.policyArn(ECS)).policy().attachmentCount())
                .as("attachment counts are per account").isZero();
        assertThat(iam.listAttachedRolePolicies(r -> r.roleName("app")).attachedPolicies())
                .singleElement().satisfies(a -> assertThat(a.policyName()).isEqualTo("AmazonECSTaskExecutionRolePolicy"));
        assertThat(iam.listEntitiesForPolicy(r -> r.policyArn(ECS)).policyRoles()).extracting(x -> x.roleName()).containsExactly("app");
        var attached = iam.listPolicies(r -> r.scope(PolicyScopeType.AWS).onlyAttached(true)).policies();
        assertThat(attached).extracting(Policy::arn).containsExactly(ECS);
        long awsCount = iam.listPoliciesPaginator(r -> r.scope(PolicyScopeType.AWS).maxItems(1000)).policies().stream().count();
        assertThat(awsCount).isEqualTo(AwsManagedPolicies.all().size());
    }

    @Test
    void attachErrorsAndTheTenPolicyQuota() {
        iam.createRole(r -> r.roleName("app").assumeRolePolicyDocument(TRUST));
        String missing = "arn:aws:iam::123456789012:policy/nope";
        assertAws(catchAws(() -> iam.attachRolePolicy(r -> r.roleName("app").policyArn(missing))), NoSuchEntityException.class,
                "NoSuchEntity", 404, "Policy " + missing + " does not exist or is not attachable.");
        assertAws(catchAws(() -> iam.detachRolePolicy(r -> r.roleName("app").policyArn(ECS))), NoSuchEntityException.class,
                "NoSuchEntity", 404, "Policy " + ECS + " was not found.");
        IntStream.range(0, 10).forEach(i -> {
            String arn = createPolicy("p" + i);
            iam.attachRolePolicy(r -> r.roleName("app").policyArn(arn));
        });
        iam.attachRolePolicy(r -> r.roleName("app").policyArn("arn:aws:iam::123456789012:policy/p0"));
        assertAws(catchAws(() -> iam.attachRolePolicy(r -> r.roleName("app").policyArn(ECS))), LimitExceededException.class,
                "LimitExceeded", 409, "Cannot exceed quota for PoliciesPerRole: 10");
        assertThat(iam.listAttachedRolePolicies(r -> r.roleName("app")).attachedPolicies()).hasSize(10);
    }

    @Test
    void versionsUpToFiveNeverReusedExactlyOneDefault() {
        String arn = createPolicy("p");
        for (int i = 2; i <= 5; i++) {
            PolicyVersion v = iam.createPolicyVersion(r -> r.policyArn(arn).policyDocument(READ_S3).setAsDefault(true)).policyVersion();
            assertThat(v.versionId()).isEqualTo("v" + i);
        }
        assertAws(catchAws(() -> iam.createPolicyVersion(r -> r.policyArn(arn).policyDocument(READ_S3))), LimitExceededException.class,
                "LimitExceeded", 409, "A managed policy can have up to 5 versions. Before you create a new version, you must delete an existing version.");
        assertAws(catchAws(() -> iam.deletePolicyVersion(r -> r.policyArn(arn).versionId("v5"))), DeleteConflictException.class,
                "DeleteConflict", 409, "Cannot delete the default version of a policy.");
        iam.deletePolicyVersion(r -> r.policyArn(arn).versionId("v1"));
        assertThat(iam.createPolicyVersion(r -> r.policyArn(arn).policyDocument(READ_S3)).policyVersion().versionId()).isEqualTo("v6");
        iam.setDefaultPolicyVersion(r -> r.policyArn(arn).versionId("v2"));
        assertThat(iam.listPolicyVersions(r -> r.policyArn(arn)).versions())
                .filteredOn(PolicyVersion::isDefaultVersion).extracting(PolicyVersion::versionId).containsExactly("v2");
        assertThat(iam.getPolicy(r -> r.policyArn(arn)).policy().defaultVersionId()).isEqualTo("v2");
        assertAws(catchAws(() -> iam.deletePolicy(r -> r.policyArn(arn))), DeleteConflictException.class, "DeleteConflict", 409,
                "This policy has more than one version. Before you delete a policy, you must delete the policy's versions. The default version is deleted with the policy.");
    }

    @Test
    void policyAttachedOrUsedAsBoundaryCannotBeDeleted() {
        String arn = createPolicy("bound");
        iam.createRole(r -> r.roleName("app").assumeRolePolicyDocument(TRUST).permissionsBoundary(arn));
        assertThat(iam.getPolicy(r -> r.policyArn(arn)).policy().permissionsBoundaryUsageCount()).isEqualTo(1);
        assertAws(catchAws(() -> iam.deletePolicy(r -> r.policyArn(arn))), DeleteConflictException.class, "DeleteConflict", 409,
                "Cannot delete a policy attached to entities.");
        iam.deleteRolePermissionsBoundary(r -> r.roleName("app"));
        iam.deletePolicy(r -> r.policyArn(arn));
        assertAws(catchAws(() -> iam.getPolicy(r -> r.policyArn(arn))), NoSuchEntityException.class, "NoSuchEntity", 404,
                "Policy " + arn + " was not found.");
    }

    @Test
    void managedPolicySizeQuotaAndTags() {
        String big = READ_S3.replace("s3:GetObject", "s3:" + "G".repeat(6100));
        assertAws(catchAws(() -> iam.createPolicy(r -> r.policyName("big").policyDocument(big))), LimitExceededException.class,
                "LimitExceeded", 409, "Cannot exceed quota for PolicySize: 6144");
        String arn = createPolicy("tagged");
        iam.tagPolicy(r -> r.policyArn(arn).tags(t -> t.key("a").value("1")));
        assertThat(iam.listPolicyTags(r -> r.policyArn(arn)).tags()).extracting(t -> t.key()).containsExactly("a");
        iam.untagPolicy(r -> r.policyArn(arn).tagKeys("A"));
        assertThat(iam.listPolicyTags(r -> r.policyArn(arn)).tags()).isEmpty();
        assertThat(iam.listPolicies(r -> r.scope(PolicyScopeType.LOCAL)).policies()).extracting(Policy::policyName).containsExactly("tagged");
    }

    @Test
    void instanceProfilesHoldOneRole() {
        iam.createRole(r -> r.roleName("a").assumeRolePolicyDocument(TRUST));
        iam.createRole(r -> r.roleName("b").assumeRolePolicyDocument(TRUST));
        var ip = iam.createInstanceProfile(r -> r.instanceProfileName("web").path("/p/")).instanceProfile();
        assertThat(ip.instanceProfileId()).startsWith("AIPA").hasSize(21);
        assertThat(ip.arn()).isEqualTo("arn:aws:iam::123456789012:instance-profile/p/web");
        iam.addRoleToInstanceProfile(r -> r.instanceProfileName("web").roleName("a"));
        assertAws(catchAws(() -> iam.addRoleToInstanceProfile(r -> r.instanceProfileName("web").roleName("b"))), LimitExceededException.class,
                "LimitExceeded", 409, "Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1");
        assertThat(iam.getInstanceProfile(r -> r.instanceProfileName("web")).instanceProfile().roles()).extracting(x -> x.roleName()).containsExactly("a");
        assertThat(iam.listInstanceProfilesForRole(r -> r.roleName("a")).instanceProfiles()).hasSize(1);
        assertAws(catchAws(() -> iam.deleteInstanceProfile(r -> r.instanceProfileName("web"))), DeleteConflictException.class,
                "DeleteConflict", 409, "Cannot delete entity, must remove roles from instance profile first.");
        iam.removeRoleFromInstanceProfile(r -> r.instanceProfileName("web").roleName("a"));
        iam.deleteInstanceProfile(r -> r.instanceProfileName("web"));
        assertThat(iam.listInstanceProfiles().instanceProfiles()).isEmpty();
    }

    @Test
    void accountSummaryReportsCountsAndQuotas() {
        FakeIam raised = FakeIam.builder().quotas(AccountQuotas.DEFAULTS.withAttachedPoliciesPerRole(20)).build();
        raised.iam().createRole(r -> r.roleName("a").assumeRolePolicyDocument(TRUST));
        var m = raised.iam().getAccountSummary().summaryMap();
        assertThat(m).containsEntry(SummaryKeyType.ROLES, 1)
                .containsEntry(SummaryKeyType.ATTACHED_POLICIES_PER_ROLE_QUOTA, 20)
                .containsEntry(SummaryKeyType.ASSUME_ROLE_POLICY_SIZE_QUOTA, 2048)
                .containsEntry(SummaryKeyType.ROLE_POLICY_SIZE_QUOTA, 10240)
                .containsEntry(SummaryKeyType.POLICY_SIZE_QUOTA, 6144);
    }
}
