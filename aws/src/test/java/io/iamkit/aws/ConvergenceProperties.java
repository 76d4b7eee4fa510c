package io.iamkit.aws;

import static org.assertj.core.api.Assertions.assertThat;

import io.iamkit.json.PolicyJson;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.PolicyEquivalence;
import io.iamkit.role.InlinePolicy;
import io.iamkit.role.ManagedPolicies;
import io.iamkit.role.ManagedPolicy;
import io.iamkit.role.Role;
import io.iamkit.role.Tag;
import io.iamkit.role.Trust;
import io.iamkit.spec.IamSpec;
import io.iamkit.testkit.Faults;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import software.amazon.awssdk.services.iam.IamClient;

/**
 * For random declared states and random fault schedules (throttling, 5xx, eventual consistency, a
 * crash after any call): apply, then apply again, and the account matches the spec; in additive
 * mode nothing undeclared is removed.
 */
class ConvergenceProperties {

    private static final String ACCOUNT = Specs.ACCOUNT;
    private static final String P0 = "arn:aws:iam::" + ACCOUNT + ":policy/p0";
    private static final String P1 = "arn:aws:iam::" + ACCOUNT + ":policy/p1";
    private static final String S3_READ = ManagedPolicies.aws("AmazonS3ReadOnlyAccess");
    private static final String UNDECLARED_ATTACHMENT = ManagedPolicies.aws("ReadOnlyAccess");
    private static final List<PolicyDocument> DOCS = List.of(
            PolicyDocument.of(p -> p.allow("s3:GetObject").on("arn:aws:s3:::b/*")),
            PolicyDocument.of(p -> p.allow("sqs:SendMessage", "sqs:ReceiveMessage").on("*").and().deny("sqs:DeleteQueue").on("*")),
            PolicyDocument.of(p -> p.allow("logs:PutLogEvents").on("*").when("StringEquals", "aws:RequestedRegion", "eu-west-1")));

    /** One role's declared shape, and whether someone made it by hand before iamkit ran. */
    record RoleShape(boolean preExisting, int description, int maxSession, int tags, int attachments, int inline, int doc,
                     boolean boundary) {
    }

    /**
     * Faults for the first apply; the second keeps them but never crashes. New entities stay
     * invisible for {@code staleSeconds} of the fake's clock and for the next {@code staleReads}
     * reads as well; as principals in trust policies they propagate with time alone, as in IAM.
     */
    record Schedule(long seed, double throttling, double serverErrors, int staleReads, int staleSeconds, long crashAfter) {
        Faults first() {
            return Faults.of(f -> f.seed(seed).throttlingRate(throttling).serviceFailureRate(serverErrors)
                    .eventualConsistency(staleReads, Duration.ofSeconds(staleSeconds)).crashAfterCall(crashAfter));
        }

        Faults second() {
            return first().toBuilder().seed(seed + 1).crashAfterCall(0).build();
        }
    }

    @Provide
    Arbitrary<RoleShape> shape() {
        return Combinators.combine(Arbitraries.of(true, false), Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 7), Arbitraries.integers().between(0, 7), Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 2), Arbitraries.of(true, false)).as(RoleShape::new);
    }

    @Provide
    Arbitrary<Schedule> schedule() {
        return Combinators.combine(Arbitraries.longs().between(1, 1_000_000), Arbitraries.doubles().between(0, 0.25),
                Arbitraries.doubles().between(0, 0.1), Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 5),
                Arbitraries.longs().between(0, 45)).as(Schedule::new);
    }

    @Property(tries = 150)
    void applyThenApplyAgainConvergesAndKeepsWhatIsUndeclared(
            @ForAll @Size(min = 1, max = 3) List<@net.jqwik.api.From("shape") RoleShape> shapes,
            @ForAll("schedule") Schedule schedule,
            @ForAll boolean policyChangedByHand,
            @ForAll boolean parallel) {
        FakeAccount account = new FakeAccount();
        IamClient iam = account.fake.iam();
        IamSpec spec = spec(shapes);
        handMade(iam, shapes, policyChangedByHand);
        IamApplier applier = account.applier(b -> b.parallelism(parallel ? 3 : 1)
                .retryPolicy(account.retries().toBuilder().maxAttempts(12).build()));

        account.fake.faults(schedule.first());
        try {
            applier.apply(spec);
        } catch (ApplyFailedException interrupted) {
            // a crash or an exhausted retry; the next apply must finish the work
        }
        account.fake.faults(schedule.second());
        applier.apply(spec);
        account.fake.faults(Faults.NONE);
        // Entities created under eventual consistency stay invisible to the next few reads, faults
        // or not; let IAM catch up (time passes, the stale reads are spent) before looking.
        account.clock.advance(Duration.ofSeconds(schedule.staleSeconds() + 1));
        for (int i = 0; i < schedule.staleReads(); i++) {
            applier.plan(spec);
        }

        assertThat(applier.plan(spec).changes()).as("a third look finds nothing to change").isEmpty();
        for (int i = 0; i < shapes.size(); i++) {
            Role declared = spec.roles().get(i);
            var role = iam.getRole(b -> b.roleName(declared.name())).role();
            assertThat(PolicyEquivalence.equivalent(PolicyJson.read(role.assumeRolePolicyDocument()), declared.trustPolicy())).isTrue();
            assertThat(role.maxSessionDuration()).isEqualTo((int) declared.effectiveMaxSessionDuration().toSeconds());
            if (declared.description() != null) {
                assertThat(role.description()).isEqualTo(declared.description());
            }
            assertThat(role.tags()).extracting(t -> Tag.of(t.key(), t.value())).containsAll(declared.tags());
            List<String> attached = iam.listAttachedRolePolicies(b -> b.roleName(declared.name())).attachedPolicies().stream()
                    .map(a -> a.policyArn()).toList();
            assertThat(attached).containsAll(declared.managedPolicyArns());
            for (InlinePolicy p : declared.inlinePolicies()) {
                String text = iam.getRolePolicy(b -> b.roleName(declared.name()).policyName(p.name())).policyDocument();
                assertThat(PolicyEquivalence.equivalent(PolicyJson.read(text), p.document())).isTrue();
            }
            if (shapes.get(i).preExisting()) {
                assertThat(iam.listRolePolicies(b -> b.roleName(declared.name())).policyNames()).as("additive keeps").contains("manual");
                assertThat(attached).as("additive keeps").contains(UNDECLARED_ATTACHMENT);
                assertThat(role.tags()).extracting(t -> t.key()).as("additive keeps").contains("owner");
            }
        }
        String p0 = iam.getPolicy(b -> b.policyArn(P0)).policy().defaultVersionId();
        String doc = iam.getPolicyVersion(b -> b.policyArn(P0).versionId(p0)).policyVersion().document();
        assertThat(PolicyEquivalence.equivalent(PolicyJson.read(doc), DOCS.get(0))).isTrue();
    }

    private static IamSpec spec(List<RoleShape> shapes) {
        IamSpec.Builder spec = IamSpec.builder()
                .managedPolicy(ManagedPolicy.builder("p0").document(DOCS.get(0)).build())
                .managedPolicy(ManagedPolicy.builder("p1").document(DOCS.get(1)).tag("k", "v").build());
        for (int i = 0; i < shapes.size(); i++) {
            RoleShape s = shapes.get(i);
            // Some roles trust the role declared before them, which must then exist first.
            Role.Builder b = Role.builder("r" + i).trust(s.doc() == 2 && i > 0
                    ? Trust.principals("arn:aws:iam::" + ACCOUNT + ":role/r" + (i - 1))
                    : Trust.service("lambda.amazonaws.com").sourceAccount(ACCOUNT));
            if (s.description() > 0) {
                b.description("description " + s.description());
            }
            if (s.maxSession() > 0) {
                b.maxSession(Duration.ofHours(1 + 2L * s.maxSession()));
            }
            if ((s.tags() & 1) != 0) {
                b.tag("team", "t" + s.doc());
            }
            if ((s.tags() & 2) != 0) {
                b.tag("env", "prod");
            }
            if ((s.tags() & 4) != 0) {
                b.tag("empty", "");
            }
            if ((s.attachments() & 1) != 0) {
                b.attach(P0);
            }
            if ((s.attachments() & 2) != 0) {
                b.attach(P1);
            }
            if ((s.attachments() & 4) != 0) {
                b.attach(S3_READ);
            }
            if ((s.inline() & 1) != 0) {
                b.inline("i0", DOCS.get(s.doc()));
            }
            if ((s.inline() & 2) != 0) {
                b.inline("i1", DOCS.get((s.doc() + 1) % DOCS.size()));
            }
            if (s.boundary()) {
                b.permissionsBoundary(P1);
            }
            spec.role(b.build());
        }
        return spec.build();
    }

    /** What someone did by hand before iamkit ran: roles with undeclared parts, a policy with another document. */
    private static void handMade(IamClient iam, List<RoleShape> shapes, boolean policyChangedByHand) {
        if (policyChangedByHand) {
            iam.createPolicy(b -> b.policyName("p0").policyDocument(PolicyJson.write(DOCS.get(2))));
        }
        for (int i = 0; i < shapes.size(); i++) {
            if (!shapes.get(i).preExisting()) {
                continue;
            }
            String name = "r" + i;
            iam.createRole(b -> b.roleName(name).description("by hand").maxSessionDuration(3600)
                    .assumeRolePolicyDocument(PolicyJson.write(Trust.service("ec2.amazonaws.com").toPolicy()))
                    .tags(t -> t.key("owner").value("someone")));
            iam.putRolePolicy(b -> b.roleName(name).policyName("manual").policyDocument(PolicyJson.write(DOCS.get(1))));
            iam.putRolePolicy(b -> b.roleName(name).policyName("i0").policyDocument(PolicyJson.write(DOCS.get(2))));
            iam.attachRolePolicy(b -> b.roleName(name).policyArn(UNDECLARED_ATTACHMENT));
        }
    }
}
