package io.iamkit.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iamkit.IamkitException;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.role.Role;
import io.iamkit.role.Trust;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The simulator answers "who may assume it" from the trust policy, and "what may it do" from its policies. */
class RoleSimulatorTest {

    private static final String ACCOUNT = "111122223333";
    private static final String OTHER = "444455556666";

    private static Role role(Trust trust) {
        return Role.builder("deployer").path("/ci/").trust(trust)
                .inline("read", p -> p.allow("s3:GetObject").on("arn:aws:s3:::artifacts/*")).build();
    }

    @Test
    void aCrossAccountPrincipalNamedByTheTrustPolicyMayAssume() {
        RoleSimulator sim = RoleSimulator.of(role(Trust.principals("arn:aws:iam::" + OTHER + ":role/ci")), ACCOUNT);

        assertThat(sim.assumeBy("arn:aws:iam::" + OTHER + ":role/ci").decision()).isEqualTo(Decision.ALLOWED);
        assertThat(sim.assumeBy("arn:aws:sts::" + OTHER + ":assumed-role/ci/run-7").decision()).isEqualTo(Decision.ALLOWED);
        assertThat(sim.assumeBy("arn:aws:iam::" + OTHER + ":role/other").decision()).isEqualTo(Decision.IMPLICITLY_DENIED);
    }

    @Test
    void trustingAnAccountLetsItsPrincipalsAssumeWhenTheirOwnPoliciesAllow() {
        RoleSimulator sim = RoleSimulator.of(role(Trust.account(OTHER).externalId("Unique-Id-1234")), ACCOUNT);

        assertThat(sim.assumeBy("arn:aws:iam::" + OTHER + ":user/alice", Map.of("sts:ExternalId", List.of("Unique-Id-1234")))
                .decision()).isEqualTo(Decision.ALLOWED);
        assertThat(sim.assumeBy("arn:aws:iam::" + OTHER + ":user/alice").decision()).isEqualTo(Decision.IMPLICITLY_DENIED);
        assertThat(sim.assumeBy("arn:aws:iam::" + ACCOUNT + ":user/bob", Map.of("sts:ExternalId", List.of("Unique-Id-1234")))
                .decision()).isEqualTo(Decision.IMPLICITLY_DENIED);
    }

    @Test
    void theCallersOwnPoliciesGiveTheFullAnswer() {
        RoleSimulator sim = RoleSimulator.of(role(Trust.account(OTHER)), ACCOUNT);
        String alice = "arn:aws:iam::" + OTHER + ":user/alice";
        PolicyDocument mayAssume = PolicyDocument.builder().allow("sts:AssumeRole").on(sim.roleArn().toString()).build();
        PolicyDocument mayNot = PolicyDocument.builder().allow("s3:*").onAnyResource().build();

        assertThat(sim.assumeBy(alice, Map.of(), List.of(mayAssume)).decision()).isEqualTo(Decision.ALLOWED);
        assertThat(sim.assumeBy(alice, Map.of(), List.of(mayNot)).decision()).isEqualTo(Decision.IMPLICITLY_DENIED);
        assertThat(sim.assumeBy(alice, Map.of(), List.of()).decision()).isEqualTo(Decision.IMPLICITLY_DENIED);
    }

    @Test
    void servicesNeedOnlyTheTrustPolicy() {
        RoleSimulator sim = RoleSimulator.of(role(Trust.service("ecs-tasks.amazonaws.com").sourceAccount(ACCOUNT)), ACCOUNT);

        assertThat(sim.assumeBy("ecs-tasks.amazonaws.com", Map.of("aws:SourceAccount", List.of(ACCOUNT))).decision())
                .isEqualTo(Decision.ALLOWED);
        assertThat(sim.assumeBy("ecs-tasks.amazonaws.com").decision()).isEqualTo(Decision.IMPLICITLY_DENIED);
        assertThat(sim.assumeBy("lambda.amazonaws.com", Map.of("aws:SourceAccount", List.of(ACCOUNT))).decision())
                .isEqualTo(Decision.IMPLICITLY_DENIED);
    }

    @Test
    void sessionsMayDoWhatTheRolePoliciesAllow() {
        RoleSimulator sim = RoleSimulator.of(role(Trust.service("ecs-tasks.amazonaws.com")), ACCOUNT);

        assertThat(sim.request("s3:GetObject", "arn:aws:s3:::artifacts/app.jar").decision()).isEqualTo(Decision.ALLOWED);
        assertThat(sim.request("s3:PutObject", "arn:aws:s3:::artifacts/app.jar").decision()).isEqualTo(Decision.IMPLICITLY_DENIED);
    }

    @Test
    void missingArgumentsAreReportedAsIamkitErrors() {
        assertThatThrownBy(() -> RoleSimulator.of(null, ACCOUNT)).isInstanceOf(IamkitException.class).hasMessageContaining("role");
        Role r = role(Trust.service("ecs-tasks.amazonaws.com"));
        assertThatThrownBy(() -> RoleSimulator.of(r, "12345")).isInstanceOf(IamkitException.class).hasMessageContaining("12-digit");
        RoleSimulator sim = RoleSimulator.of(r, ACCOUNT);
        assertThatThrownBy(() -> sim.assumeBy(null)).isInstanceOf(IamkitException.class).hasMessageContaining("principal");
        assertThatThrownBy(() -> sim.request("s3:GetObject", "arn:aws:s3:::b/k", null)).isInstanceOf(IamkitException.class)
                .hasMessageContaining("context");
    }
}
