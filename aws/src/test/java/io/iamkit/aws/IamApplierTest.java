package io.iamkit.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iamkit.IamkitException;
import io.iamkit.json.PolicyJson;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.PolicyEquivalence;
import io.iamkit.role.ManagedPolicies;
import io.iamkit.role.Role;
import io.iamkit.role.Trust;
import io.iamkit.spec.IamSpec;
import io.iamkit.spec.Ownership;
import io.iamkit.testkit.Call;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.iam.IamClient;

class IamApplierTest {

    private final FakeAccount account = new FakeAccount();
    private final IamClient iam = account.fake.iam();

    @Test
    void createsEverythingFromNothingWithTagsInsideCreateRole() {
        ApplyResult r = account.applier().apply(Specs.full());

        assertThat(r.done()).extracting(Change::operation).containsExactly(
                "CreatePolicy", "CreatePolicy",
                "CreateRole", "AttachRolePolicy", "AttachRolePolicy", "PutRolePolicy", "PutRolePolicy",
                "CreateRole", "PutRolePolicy");
        assertThat(r.writes()).isEqualTo(9).isEqualTo((int) account.writes());
        assertThat(account.fake.callLog().count("TagRole")).isZero();
        var role = iam.getRole(b -> b.roleName("app")).role();
        assertThat(role.maxSessionDuration()).isEqualTo(7200);
        assertThat(role.description()).isEqualTo("Runs the payments service");
        assertThat(role.permissionsBoundary().permissionsBoundaryArn()).isEqualTo(Specs.READ_CONFIG_ARN);
        assertThat(role.tags()).extracting(t -> t.key() + "=" + t.value())
                .containsExactlyInAnyOrder("team=payments", "cost-center=42", "iamkit:managed-by=iamkit");
        assertThat(PolicyEquivalence.equivalent(PolicyJson.read(role.assumeRolePolicyDocument()), Specs.app().trustPolicy())).isTrue();
        assertThat(iam.listAttachedRolePolicies(b -> b.roleName("app")).attachedPolicies()).hasSize(2);
        assertThat(iam.listRolePolicies(b -> b.roleName("app")).policyNames()).containsExactlyInAnyOrder("logs", "secrets");
    }

    @Test
    void secondApplyMakesZeroWritesAndReadsWithinTheBudget() {
        account.applier().apply(Specs.full());
        account.forget();

        ApplyResult again = account.applier().apply(Specs.full());

        assertThat(account.writes()).isZero();
        assertThat(again.writes()).isZero();
        assertThat(again.done()).isEmpty();
        // Per role GetRole + ListAttachedRolePolicies + ListRolePolicies + one GetRolePolicy per inline
        // policy: app 3 + 2, worker 3 + 1; per managed policy GetPolicy + GetPolicyVersion: 2 x 2.
        assertThat(account.fake.callLog().calls(c -> c.service().equals("iam")).size()).isEqualTo(13);
        assertThat(again.reads()).isEqualTo(13);
        assertThat(again.calls().byOperation()).containsEntry("GetRole", 2).containsEntry("GetRolePolicy", 3)
                .containsEntry("GetPolicy", 2).containsEntry("GetPolicyVersion", 2);
        assertThat(again.render()).endsWith("changes: 0, reads: 13, writes: 0\n");
    }

    @Test
    void planWritesNothing() {
        Plan plan = account.applier().plan(Specs.full());
        assertThat(account.writes()).isZero();
        assertThat(plan.changes()).hasSize(9);
        assertThat(plan.calls().writes()).isZero();
        assertThat(plan.render()).contains("role/app", "+ create role /service-role/app", "Plan: ");
        assertThat(plan.toJsonTree().get("changes")).hasSize(9);
    }

    static Stream<Arguments> singleChanges() {
        return Stream.of(
                Arguments.of("description", (UnaryOperator<Role.Builder>) b -> b.description("new words"), "UpdateRole"),
                Arguments.of("max session", (UnaryOperator<Role.Builder>) b -> b.maxSession(Duration.ofHours(6)), "UpdateRole"),
                Arguments.of("trust", (UnaryOperator<Role.Builder>) b -> b.trust(Trust.service("ecs-tasks.amazonaws.com")), "UpdateAssumeRolePolicy"),
                Arguments.of("boundary", (UnaryOperator<Role.Builder>) b -> b.permissionsBoundary("arn:aws:iam::123456789012:policy/ship-logs"),
                        "PutRolePermissionsBoundary"),
                Arguments.of("tag value", (UnaryOperator<Role.Builder>) b -> b.tags(List.of(io.iamkit.role.Tag.of("team", "risk"),
                        io.iamkit.role.Tag.of("cost-center", "42"))), "TagRole"),
                Arguments.of("new tag", (UnaryOperator<Role.Builder>) b -> b.tag("env", "prod"), "TagRole"),
                Arguments.of("attachment", (UnaryOperator<Role.Builder>) b -> b.attach(ManagedPolicies.aws("ReadOnlyAccess")), "AttachRolePolicy"),
                Arguments.of("inline document", (UnaryOperator<Role.Builder>) b -> b.inline("logs", p -> p.allow("logs:PutLogEvents").on("*")),
                        "PutRolePolicy"),
                Arguments.of("new inline policy", (UnaryOperator<Role.Builder>) b -> b.inline("more", p -> p.allow("s3:GetObject").on("*")),
                        "PutRolePolicy"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("singleChanges")
    void eachAttributeChangedAloneGivesExactlyItsOneWrite(String what, UnaryOperator<Role.Builder> change, String operation) {
        account.applier().apply(Specs.full());
        account.forget();
        IamSpec changed = withApp(change.apply(Specs.app().toBuilder()).build());

        ApplyResult r = account.applier().apply(changed);

        List<Call> writes = account.fake.callLog().calls(c -> c.kind() == Call.Kind.WRITE);
        assertThat(writes).extracting(Call::operation).containsExactly(operation);
        assertThat(r.done()).hasSize(1);
        assertThat(account.applier().plan(changed).changes()).as("converged").isEmpty();
    }

    @Test
    void aReorderedAndReformattedDocumentIsNoChange() {
        account.applier().apply(Specs.full());
        account.forget();
        PolicyDocument reordered = PolicyJson.read("""
                {"Version": "2012-10-17", "Statement": {"Resource": ["*"], "Action": ["logs:putlogevents", "logs:CreateLogStream",
                 "logs:PutLogEvents"], "Effect": "allow"}}""");
        Role same = Specs.app().toBuilder().inline("logs", reordered).build();

        ApplyResult r = account.applier().apply(withApp(same));

        assertThat(r.writes()).isZero();
    }

    @Test
    void additiveLeavesUndeclaredThingsAndReportsThem() {
        account.applier().apply(Specs.full());
        addOutOfBand();
        account.forget();

        ApplyResult r = account.applier().apply(Specs.full());

        assertThat(account.writes()).isZero();
        assertThat(r.notes()).filteredOn(n -> n.kind() == Note.Kind.UNDECLARED).extracting(Note::message)
                .anyMatch(m -> m.contains("inline policy manual"))
                .anyMatch(m -> m.contains("ReadOnlyAccess"))
                .anyMatch(m -> m.contains("owner"));
        assertThat(iam.listRolePolicies(b -> b.roleName("app")).policyNames()).contains("manual");
    }

    @Test
    void exclusiveRemovesUndeclaredThings() {
        account.applier().apply(Specs.full());
        addOutOfBand();
        account.forget();

        ApplyResult r = account.applier(b -> b.mode(Ownership.EXCLUSIVE)).apply(Specs.full());

        assertThat(r.done()).extracting(Change::operation)
                .containsExactlyInAnyOrder("DetachRolePolicy", "DeleteRolePolicy", "UntagRole");
        assertThat(iam.listRolePolicies(b -> b.roleName("app")).policyNames()).doesNotContain("manual");
        assertThat(iam.getRole(b -> b.roleName("app")).role().tags()).extracting(t -> t.key())
                .contains("iamkit:managed-by").doesNotContain("owner");
        assertThat(account.applier(b -> b.mode(Ownership.EXCLUSIVE)).plan(Specs.full()).changes()).isEmpty();
    }

    @Test
    void exclusiveOwnershipCanBeDeclaredPerRoleInTheSpec() {
        account.applier().apply(Specs.full());
        addOutOfBand();
        IamSpec spec = IamSpec.builder().managedPolicy(Specs.readConfig()).managedPolicy(Specs.shipLogs())
                .role(Specs.app(), Ownership.EXCLUSIVE).role(Specs.worker()).build();
        assertThat(account.applier().plan(spec).changes()).extracting(Change::operation)
                .containsExactlyInAnyOrder("DetachRolePolicy", "DeleteRolePolicy", "UntagRole");
    }

    private void addOutOfBand() {
        iam.putRolePolicy(b -> b.roleName("app").policyName("manual")
                .policyDocument("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:ListBucket\",\"Resource\":\"*\"}]}"));
        iam.attachRolePolicy(b -> b.roleName("app").policyArn(ManagedPolicies.aws("ReadOnlyAccess")));
        iam.tagRole(b -> b.roleName("app").tags(t -> t.key("owner").value("someone")));
    }

    @Test
    void deletesAnOwnedRoleAfterEmptyingIt() {
        account.applier().apply(Specs.full());
        iam.createInstanceProfile(b -> b.instanceProfileName("app-profile"));
        iam.addRoleToInstanceProfile(b -> b.instanceProfileName("app-profile").roleName("app"));
        account.forget();

        ApplyResult r = account.applier().apply(IamSpec.builder().deleteRole("app").build());

        assertThat(r.done()).extracting(Change::operation).containsExactly("RemoveRoleFromInstanceProfile",
                "DetachRolePolicy", "DetachRolePolicy", "DeleteRolePolicy", "DeleteRolePolicy", "DeleteRole");
        assertThat(iam.listRoles().roles()).extracting(r2 -> r2.roleName()).containsExactly("worker");
        ApplyResult again = account.applier().apply(IamSpec.builder().deleteRole("app").build());
        assertThat(again.writes()).isZero();
        assertThat(again.notes()).extracting(Note::kind).containsExactly(Note.Kind.ALREADY_ABSENT);
    }

    @Test
    void neverDeletesARoleWithoutTheOwnershipTag() {
        iam.createRole(b -> b.roleName("theirs").assumeRolePolicyDocument(PolicyJson.write(Trust.service("ec2.amazonaws.com").toPolicy())));
        account.forget();

        ApplyResult r = account.applier().apply(IamSpec.builder().deleteRole("theirs").build());

        assertThat(account.writes()).isZero();
        assertThat(r.notes()).extracting(Note::kind).containsExactly(Note.Kind.NOT_OWNED);
        assertThat(iam.getRole(b -> b.roleName("theirs")).role()).isNotNull();
    }

    @Test
    void rolesAreNeverDeletedUnlessDeclaredForDeletion() {
        account.applier().apply(Specs.full());
        ApplyResult r = account.applier(b -> b.mode(Ownership.EXCLUSIVE)).apply(IamSpec.of(Specs.worker()));
        assertThat(r.done()).isEmpty();
        assertThat(iam.getRole(b -> b.roleName("app")).role()).isNotNull();
    }

    @Test
    void brokenTrustIsReportedNotReapplied() {
        Role caller = Role.builder("caller").trust(Trust.service("ec2.amazonaws.com")).build();
        Role target = Role.builder("target").trust(Trust.principals("arn:aws:iam::123456789012:role/caller")).build();
        account.applier().apply(IamSpec.of(caller, target));
        iam.deleteRole(b -> b.roleName("caller"));
        account.applier().apply(IamSpec.of(caller));
        account.forget();

        Plan plan = account.applier().plan(IamSpec.of(caller, target));

        assertThat(plan.changes()).isEmpty();
        assertThat(plan.notes()).extracting(Note::kind).containsExactly(Note.Kind.BROKEN_TRUST);
        assertThat(plan.notes().get(0).message()).contains("AROA");
        assertThat(account.applier().apply(IamSpec.of(caller, target)).writes()).isZero();
        Plan repair = account.applier(b -> b.repairBrokenTrust(true)).plan(IamSpec.of(caller, target));
        assertThat(repair.changes()).extracting(Change::operation).containsExactly("UpdateAssumeRolePolicy");
    }

    @Test
    void prunesTheOldestNonDefaultVersionWhenFiveExist() {
        account.applier().apply(Specs.full());
        for (int i = 0; i < 6; i++) {
            String action = "ssm:Describe" + i;
            IamSpec spec = IamSpec.builder().managedPolicy(Specs.readConfig().toBuilder().document(p -> p.allow(action).on("*")).build()).build();
            ApplyResult r = account.applier().apply(spec);
            if (i >= 4) {
                assertThat(r.done()).extracting(Change::operation).containsExactly("DeletePolicyVersion", "CreatePolicyVersion");
            } else {
                assertThat(r.done()).extracting(Change::operation).containsExactly("CreatePolicyVersion");
            }
        }
        var versions = iam.listPolicyVersions(b -> b.policyArn(Specs.READ_CONFIG_ARN)).versions();
        assertThat(versions).extracting(v -> v.versionId()).containsExactlyInAnyOrder("v3", "v4", "v5", "v6", "v7");
    }

    @Test
    void aRoleWithoutTrustIsRejectedBeforeAnyCall() {
        assertThatThrownBy(() -> account.applier().apply(IamSpec.of(Role.builder("x").build())))
                .isInstanceOf(IamkitException.class).hasMessageContaining("role x /AssumeRolePolicyDocument");
        assertThat(account.fake.callLog().size()).isZero();
    }

    @Test
    void aRoleDeclaringFiftyTagsIsCreatedWithoutTheOwnershipTagAndSaysSo() {
        // IAM allows 50 tags; adding iamkit's own to 50 declared ones made CreateRole fail.
        Role.Builder b = Role.builder("tagged").trust(Trust.service("lambda.amazonaws.com"));
        for (int i = 0; i < 50; i++) {
            b.tag("k" + i, "v");
        }
        Role role = b.build();

        ApplyResult r = account.applier().apply(IamSpec.of(role));

        assertThat(r.done()).extracting(Change::operation).containsExactly("CreateRole");
        assertThat(r.notes()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(Note.Kind.NOT_OWNED);
            assertThat(n.message()).contains("50 tags");
        });
        assertThat(iam.listRoleTags(t -> t.roleName("tagged")).tags()).hasSize(50);
        assertThat(account.applier().plan(IamSpec.of(role)).changes()).isEmpty();
    }

    @Test
    void exclusiveSwapOfAnAttachmentAtTheQuotaDetachesFirst() {
        // Ten attached (IAM's default quota); the spec swaps one. Attaching first, as the safe
        // order wants, made IAM refuse the 11th; the detach must make room first.
        List<String> arns = new java.util.ArrayList<>();
        for (int i = 0; i < 11; i++) {
            String name = "p" + i;
            iam.createPolicy(b -> b.policyName(name).policyDocument(
                    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}"));
            arns.add("arn:aws:iam::123456789012:policy/" + name);
        }
        Role.Builder first = Role.builder("full").trust(Trust.service("lambda.amazonaws.com"));
        arns.subList(0, 10).forEach(first::attach);
        account.applier().apply(IamSpec.of(first.build()));
        Role.Builder swapped = Role.builder("full").trust(Trust.service("lambda.amazonaws.com"));
        arns.subList(1, 11).forEach(swapped::attach);

        ApplyResult r = account.applier(b -> b.mode(Ownership.EXCLUSIVE)).apply(IamSpec.of(swapped.build()));

        assertThat(r.done()).extracting(Change::operation).containsExactly("DetachRolePolicy", "AttachRolePolicy");
        assertThat(account.applier().plan(IamSpec.of(swapped.build())).changes()).isEmpty();
    }

    @Test
    void aManagedPolicyDeclaredTwiceInTheDslIsRejectedBeforeAnyCall() {
        // SpecJson rejects it in a file; a spec built in code reached the applier, where two
        // parallel units then raced on one policy.
        IamSpec twice = IamSpec.builder().managedPolicy(Specs.readConfig())
                .managedPolicy(Specs.readConfig().toBuilder().name("READ-CONFIG").build()).build();
        assertThatThrownBy(() -> account.applier().apply(twice))
                .isInstanceOf(IamkitException.class).hasMessageContaining("managed policy READ-CONFIG").hasMessageContaining("declared twice");
        assertThat(account.fake.callLog().size()).isZero();
    }

    @Test
    void invalidDeclarationsAreRejectedWithEveryProblemBeforeAnyCall() {
        Role bad = Specs.app().toBuilder().maxSession(Duration.ofHours(13)).name("bad name!").build();
        assertThatThrownBy(() -> account.applier().apply(IamSpec.of(bad)))
                .isInstanceOfSatisfying(IamkitException.class, e -> assertThat(e.problems()).hasSizeGreaterThanOrEqualTo(2))
                .hasMessageContaining("/MaxSessionDuration").hasMessageContaining("/RoleName");
        assertThat(account.fake.callLog().size()).isZero();
    }

    @Test
    void driftDetectionReportsAndChangesNothing() {
        account.applier().apply(Specs.full());
        iam.updateRole(b -> b.roleName("worker").description("edited by hand").maxSessionDuration(7200));
        iam.putRolePolicy(b -> b.roleName("worker").policyName("extra")
                .policyDocument("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\"}]}"));
        account.forget();

        DriftReport drift = account.applier().detectDrift(Specs.full());

        assertThat(account.writes()).isZero();
        assertThat(drift.inSync()).isFalse();
        assertThat(drift.differences()).extracting(Change::operation).containsExactly("UpdateRole");
        assertThat(drift.notes()).extracting(Note::message).anyMatch(m -> m.contains("inline policy extra"));
        assertThat(drift.render()).contains("max session 7200s -> 3600s");
    }

    @Test
    void listsArePagedWithEveryPageOneRead() {
        account.applier().apply(IamSpec.of(Specs.worker()));
        for (int i = 0; i < 120; i++) {
            String name = "p" + i;
            iam.putRolePolicy(b -> b.roleName("worker").policyName(name)
                    .policyDocument("{\"Statement\":{\"Effect\":\"Deny\",\"Action\":\"s3:*\",\"Resource\":\"*\"}}"));
        }

        Plan additive = account.applier().plan(IamSpec.of(Specs.worker()));
        Plan exclusive = account.applier().toBuilder().mode(Ownership.EXCLUSIVE).build().plan(IamSpec.of(Specs.worker()));

        assertThat(additive.changes()).isEmpty();
        assertThat(additive.notes()).hasSize(120);
        assertThat(additive.calls().of("ListRolePolicies")).isGreaterThan(1);
        assertThat(exclusive.changes()).hasSize(120).allMatch(c -> c instanceof Change.DeleteInlinePolicy);
    }

    private static IamSpec withApp(Role app) {
        return IamSpec.builder().managedPolicy(Specs.readConfig()).managedPolicy(Specs.shipLogs()).role(app).role(Specs.worker()).build();
    }
}
