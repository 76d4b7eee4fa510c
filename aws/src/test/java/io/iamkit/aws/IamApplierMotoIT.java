package io.iamkit.aws;

import static org.assertj.core.api.Assertions.assertThat;

import io.iamkit.json.PolicyJson;
import io.iamkit.policy.PolicyEquivalence;
import io.iamkit.role.Role;
import io.iamkit.spec.IamSpec;
import io.iamkit.testkit.moto.MotoAvailability;
import io.iamkit.testkit.moto.MotoServer;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.StsClient;

/** The create, no-op and update scenarios against moto_server, over HTTP, with the real SDK clients. */
class IamApplierMotoIT {

    private static MotoServer moto;
    private static IamClient iam;
    private static StsClient sts;

    @BeforeAll
    static void start() {
        MotoAvailability.require();
        moto = MotoServer.start();
        // As the CLI builds them for --endpoint: the SDK's HTTP client (url-connection here), IamkitRetry.
        iam = IamkitClients.iam(moto.endpoint(), null);
        sts = IamkitClients.sts(moto.endpoint(), "us-east-1");
    }

    @AfterAll
    static void stop() {
        if (moto != null) {
            iam.close();
            sts.close();
            moto.close();
        }
    }

    @BeforeEach
    void reset() {
        moto.reset();
    }

    private IamApplier applier() {
        return IamApplier.builder().iam(iam).sts(sts).parallelism(2).retryPolicy(RetryPolicy.none()).build();
    }

    @Test
    void createsEverythingFromNothing() {
        ApplyResult r = applier().apply(Specs.full());
        assertThat(r.done()).extracting(Change::operation).contains("CreatePolicy", "CreateRole", "AttachRolePolicy", "PutRolePolicy");
        var role = iam.getRole(b -> b.roleName("app")).role();
        assertThat(role.path()).isEqualTo("/service-role/");
        assertThat(role.maxSessionDuration()).isEqualTo(7200);
        assertThat(role.permissionsBoundary().permissionsBoundaryArn()).isEqualTo(Specs.READ_CONFIG_ARN);
        assertThat(role.tags()).extracting(t -> t.key() + "=" + t.value())
                .contains("team=payments", "cost-center=42", "iamkit:managed-by=iamkit");
        assertThat(PolicyEquivalence.equivalent(PolicyJson.read(role.assumeRolePolicyDocument()), Specs.app().trustPolicy())).isTrue();
        assertThat(iam.listAttachedRolePolicies(b -> b.roleName("app")).attachedPolicies()).hasSize(2);
        // Tags went inside CreateRole: no TagRole call.
        assertThat(r.calls().of("TagRole")).isZero();
    }

    @Test
    void secondApplyWritesNothingAndReadsWithinTheBudget() {
        applier().apply(Specs.full());
        ApplyResult again = applier().apply(Specs.full());
        assertThat(again.writes()).as(again.render()).isZero();
        assertThat(again.done()).isEmpty();
        // app: GetRole + 2 lists + 2 GetRolePolicy; worker: GetRole + 2 lists + 1; per policy: GetPolicy + GetPolicyVersion.
        assertThat(again.reads()).isEqualTo(5 + 4 + 2 * 2);
        assertThat(applier().plan(Specs.full()).changes()).isEmpty();
    }

    @Test
    void updatesEachChangedFieldWithItsOneCall() {
        applier().apply(Specs.full());
        Role changed = Specs.app().toBuilder()
                .description("new words")
                .maxSession(Duration.ofHours(4))
                .inline("logs", p -> p.allow("logs:PutLogEvents").on("*"))
                .build();
        IamSpec spec = IamSpec.builder().managedPolicy(Specs.readConfig()).managedPolicy(Specs.shipLogs())
                .role(changed).role(Specs.worker()).build();
        Plan plan = applier().plan(spec);
        assertThat(plan.changes()).extracting(Change::operation).containsExactly("UpdateRole", "UpdateRole", "PutRolePolicy");
        assertThat(plan.render()).contains("-         \"logs:CreateLogStream\",");
        ApplyResult r = applier().apply(spec);
        assertThat(r.writes()).isEqualTo(3);
        assertThat(iam.getRole(b -> b.roleName("app")).role().description()).isEqualTo("new words");
        assertThat(applier().apply(spec).writes()).isZero();
    }

    @Test
    void exclusiveRemovesWhatAdditiveKeepsAndOwnedRolesAreDeleted() {
        applier().apply(Specs.full());
        iam.putRolePolicy(b -> b.roleName("worker").policyName("manual")
                .policyDocument("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\"}]}"));
        assertThat(applier().apply(Specs.full()).writes()).isZero();
        ApplyResult exclusive = IamApplier.builder().iam(iam).sts(sts).mode(io.iamkit.spec.Ownership.EXCLUSIVE).build().apply(Specs.full());
        assertThat(exclusive.done()).extracting(Change::operation).containsExactly("DeleteRolePolicy");

        iam.createInstanceProfile(b -> b.instanceProfileName("app-profile"));
        iam.addRoleToInstanceProfile(b -> b.instanceProfileName("app-profile").roleName("app"));
        ApplyResult deleted = applier().apply(IamSpec.builder().deleteRole("app").build());
        assertThat(deleted.done()).extracting(Change::operation).containsExactly("RemoveRoleFromInstanceProfile",
                "DetachRolePolicy", "DetachRolePolicy", "DeleteRolePolicy", "DeleteRolePolicy", "DeleteRole");
        assertThat(iam.listRoles().roles()).extracting(r -> r.roleName()).containsExactly("worker");
    }

    @Test
    void updatesTheManagedPolicyWithANewDefaultVersionAndPrunesAtFive() {
        applier().apply(Specs.full());
        for (int i = 0; i < 6; i++) {
            String action = "ssm:GetParameterHistory" + i;
            IamSpec spec = IamSpec.builder().managedPolicy(Specs.readConfig().toBuilder()
                    .document(p -> p.allow(action).on("*")).build()).build();
            ApplyResult r = applier().apply(spec);
            assertThat(r.done()).extracting(Change::operation).contains("CreatePolicyVersion");
        }
        var versions = iam.listPolicyVersions(b -> b.policyArn(Specs.READ_CONFIG_ARN)).versions();
        assertThat(versions).hasSize(5);
    }
}
