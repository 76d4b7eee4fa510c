package io.iamkit.testkit;

import static io.iamkit.testkit.FakeIamRolesTest.TRUST;
import static io.iamkit.testkit.FakeIamRolesTest.catchAws;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.MalformedPolicyDocumentException;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.iam.model.ServiceFailureException;

class FakeIamFaultsTest {

    final MutableClock clock = MutableClock.fixed();

    @Test
    void scriptedThrottlingThenSuccess() {
        FakeIam fake = FakeIam.builder().clock(clock).faults(f -> f.failNext("CreateRole", "Throttling", 2)).build();
        IamClient iam = fake.iam();
        for (int i = 0; i < 2; i++) {
            AwsServiceException e = (AwsServiceException) catchAws(() -> iam.createRole(r -> r.roleName("a").assumeRolePolicyDocument(TRUST)));
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("Throttling");
            assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Rate exceeded");
            assertThat(e.isThrottlingException()).isTrue();
        }
        iam.createRole(r -> r.roleName("a").assumeRolePolicyDocument(TRUST));
        assertThat(fake.callLog().calls("CreateRole")).extracting(Call::outcome).containsExactly("Throttling", "Throttling", "ok");
    }

    @Test
    void randomFaultsAreDeterministicForASeed() {
        assertThat(outcomes(99)).isEqualTo(outcomes(99));
        assertThat(outcomes(99)).contains("Throttling", "ServiceFailure", "ok");
    }

    private List<String> outcomes(long seed) {
        FakeIam fake = FakeIam.builder().clock(clock).faults(f -> f.seed(seed).throttlingRate(0.3).serviceFailureRate(0.2)).build();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            try {
                fake.iam().listRoles();
                out.add("ok");
            } catch (ServiceFailureException e) {
                assertThat(e.statusCode()).isEqualTo(500);
                out.add("ServiceFailure");
            } catch (AwsServiceException e) {
                out.add(e.awsErrorDetails().errorCode());
            }
        }
        return out;
    }

    @Test
    void latencyAdvancesTheInjectedClockInsteadOfSleeping() {
        FakeIam fake = FakeIam.builder().clock(clock).faults(f -> f.latency(Duration.ofMillis(250))).build();
        var before = clock.instant();
        fake.iam().listRoles();
        fake.iam().listRoles();
        assertThat(Duration.between(before, clock.instant())).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void eventualConsistencyHidesANewRoleForNReads() {
        FakeIam fake = FakeIam.builder().clock(clock).faults(f -> f.eventualConsistency(2, Duration.ZERO)).build();
        IamClient iam = fake.iam();
        iam.createRole(r -> r.roleName("new").assumeRolePolicyDocument(TRUST));
        assertThatThrownBy(() -> iam.getRole(r -> r.roleName("new"))).isInstanceOf(NoSuchEntityException.class);
        assertThat(iam.listRoles().roles()).isEmpty();
        assertThat(iam.getRole(r -> r.roleName("new")).role().roleName()).isEqualTo("new");
    }

    @Test
    void trustNamingAJustCreatedRoleIsAnInvalidPrincipalForAWhile() {
        FakeIam fake = FakeIam.builder().clock(clock).faults(f -> f.eventualConsistency(0, Duration.ofSeconds(8))).build();
        IamClient iam = fake.iam();
        iam.createRole(r -> r.roleName("caller").assumeRolePolicyDocument(TRUST));
        String trust = TRUST.replace("{\"Service\": \"ecs-tasks.amazonaws.com\"}", "{\"AWS\": \"arn:aws:iam::123456789012:role/caller\"}");
        Throwable t = catchAws(() -> iam.createRole(r -> r.roleName("target").assumeRolePolicyDocument(trust)));
        assertThat(t).isInstanceOf(MalformedPolicyDocumentException.class)
                .hasMessageContaining("Invalid principal in policy: \"AWS\":\"arn:aws:iam::123456789012:role/caller\"");
        clock.advance(Duration.ofSeconds(8));
        iam.createRole(r -> r.roleName("target").assumeRolePolicyDocument(trust));
    }

    @Test
    void aJustCreatedRoleBecomesAValidPrincipalWithTimeAloneWhateverTheStaleReadsLeft() {
        FakeIam fake = FakeIam.builder().clock(clock).permissiveAssumeRole(true)
                .faults(f -> f.eventualConsistency(3, Duration.ofSeconds(5))).build();
        IamClient iam = fake.iam();
        iam.createRole(r -> r.roleName("caller").assumeRolePolicyDocument(TRUST));
        String trust = TRUST.replace("{\"Service\": \"ecs-tasks.amazonaws.com\"}", "{\"AWS\": \"arn:aws:iam::123456789012:role/caller\"}");
        assertThat(catchAws(() -> iam.createRole(r -> r.roleName("target").assumeRolePolicyDocument(trust))))
                .isInstanceOf(MalformedPolicyDocumentException.class);
        clock.advance(Duration.ofSeconds(5));
        // Nobody has read "caller" yet: its three stale reads are unspent, but IAM has propagated it.
        iam.createRole(r -> r.roleName("target").assumeRolePolicyDocument(trust));
        fake.faults(Faults.NONE);
        assertThat(fake.sts().assumeRole(r -> r.roleArn("arn:aws:iam::123456789012:role/caller").roleSessionName("s1"))
                .assumedRoleUser().arn()).isEqualTo("arn:aws:sts::123456789012:assumed-role/caller/s1");
    }

    @Test
    void staleReadsAloneHideARoleFromReadsButNotFromTrustPolicies() {
        FakeIam fake = FakeIam.builder().clock(clock).faults(f -> f.eventualConsistency(2, Duration.ZERO)).build();
        IamClient iam = fake.iam();
        iam.createRole(r -> r.roleName("caller").assumeRolePolicyDocument(TRUST));
        String trust = TRUST.replace("{\"Service\": \"ecs-tasks.amazonaws.com\"}", "{\"AWS\": \"arn:aws:iam::123456789012:role/caller\"}");
        iam.createRole(r -> r.roleName("target").assumeRolePolicyDocument(trust));
        assertThatThrownBy(() -> iam.getRole(r -> r.roleName("caller"))).isInstanceOf(NoSuchEntityException.class);
    }

    @Test
    void crashAfterCallAppliesTheWriteThenThrows() {
        FakeIam fake = FakeIam.builder().clock(clock).faults(f -> f.crashAfterCall(2)).build();
        IamClient iam = fake.iam();
        iam.createRole(r -> r.roleName("a").assumeRolePolicyDocument(TRUST));
        assertThatThrownBy(() -> iam.createRole(r -> r.roleName("b").assumeRolePolicyDocument(TRUST)))
                .isInstanceOf(SimulatedCrash.class).satisfies(e -> assertThat(((SimulatedCrash) e).call()).isEqualTo(2));
        assertThat(iam.getRole(r -> r.roleName("b")).role().roleName()).isEqualTo("b");
    }

    @Test
    void callLogCountsReadsAndWritesWithArguments() {
        FakeIam fake = FakeIam.builder().clock(clock).build();
        IamClient iam = fake.iam();
        iam.createRole(r -> r.roleName("a").assumeRolePolicyDocument(TRUST));
        iam.getRole(r -> r.roleName("a"));
        iam.listRoles();
        catchAws(() -> iam.getRole(r -> r.roleName("zz")));
        CallLog log = fake.callLog();
        assertThat(log.writes()).isEqualTo(1);
        assertThat(log.reads()).isEqualTo(3);
        assertThat(log.calls()).extracting(Call::operation).containsExactly("CreateRole", "GetRole", "ListRoles", "GetRole");
        assertThat(log.calls().get(0).argument("RoleName")).isEqualTo("a");
        assertThat(log.calls().get(3).outcome()).isEqualTo("NoSuchEntity");
        log.reset();
        assertThat(log.calls()).isEmpty();
        iam.listRoles();
        assertThat(log.calls().get(0).sequence()).isEqualTo(5);
    }
}
