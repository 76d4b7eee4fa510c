package io.iamkit.examples.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iamkit.aws.ApplyResult;
import io.iamkit.aws.IamApplier;
import io.iamkit.role.Role;
import io.iamkit.role.RolePresets;
import io.iamkit.spec.IamSpec;
import io.iamkit.testkit.CallLog;
import io.iamkit.testkit.junit.WithFakeIam;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * Example 5, to copy: testing infrastructure code with the testkit. {@code @WithFakeIam} gives each
 * test a fresh in-memory IAM; the clients are the AWS SDK's own interfaces, so the code under test
 * cannot tell the difference — and IAM's errors come as the SDK's own exceptions.
 */
@WithFakeIam(accounts = "111122223333")
class TaskRoleDeploymentTest {

    /** The "infrastructure code" under test: deploys a service's task role. */
    static ApplyResult deploy(IamClient iam, StsClient sts, String service) {
        Role role = RolePresets.ecsTaskRole(service + "-task-role", "111122223333", "us-east-1")
                .inline("own-secrets", p -> p.allow("secretsmanager:GetSecretValue")
                        .on("arn:aws:secretsmanager:us-east-1:111122223333:secret:" + service + "/*"))
                .build();
        return IamApplier.builder().iam(iam).sts(sts).build().apply(IamSpec.of(role));
    }

    @Test
    void deploysTheRoleWithItsInlinePolicy(IamClient iam, StsClient sts) {
        deploy(iam, sts, "orders");

        assertThat(iam.getRole(r -> r.roleName("orders-task-role")).role().arn())
                .isEqualTo("arn:aws:iam::111122223333:role/orders-task-role");
        assertThat(iam.listRolePolicies(r -> r.roleName("orders-task-role")).policyNames()).containsExactly("own-secrets");
    }

    @Test
    void deployingTwiceWritesNothingTheSecondTime(IamClient iam, StsClient sts, CallLog log) {
        deploy(iam, sts, "orders");
        long writesAfterFirst = log.writes();

        ApplyResult second = deploy(iam, sts, "orders");

        assertThat(second.writes()).isZero();
        assertThat(log.writes()).isEqualTo(writesAfterFirst);
    }

    @Test
    void eachTestStartsFromAnEmptyAccount(IamClient iam) {
        assertThatThrownBy(() -> iam.getRole(r -> r.roleName("orders-task-role")))
                .isInstanceOf(NoSuchEntityException.class)
                .hasMessageContaining("The role with name orders-task-role cannot be found.");
    }
}
