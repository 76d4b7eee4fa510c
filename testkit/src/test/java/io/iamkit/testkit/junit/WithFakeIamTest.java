package io.iamkit.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.iamkit.testkit.CallLog;
import io.iamkit.testkit.FakeIam;
import io.iamkit.testkit.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.StsClient;

@WithFakeIam(accounts = "444455556666")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WithFakeIamTest {

    static final String TRUST = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"Service\":\"ecs-tasks.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";

    @Test
    @Order(1)
    void parametersShareOneFake(IamClient iam, StsClient sts, FakeIam fake, CallLog log, MutableClock clock) {
        iam.createRole(r -> r.roleName("app").assumeRolePolicyDocument(TRUST));
        assertThat(fake.iam().getRole(r -> r.roleName("app")).role().arn()).isEqualTo("arn:aws:iam::444455556666:role/app");
        assertThat(sts.getCallerIdentity().account()).isEqualTo("444455556666");
        assertThat(log.writes()).isEqualTo(1);
        clock.advance(Duration.ofDays(1));
        assertThat(fake.clock().instant()).isEqualTo(Instant.parse("2025-01-02T00:00:00Z"));
    }

    @Test
    @Order(2)
    void eachTestGetsAFreshFake(IamClient iam, CallLog log) {
        assertThat(iam.listRoles().roles()).isEmpty();
        assertThat(log.calls()).hasSize(1);
    }

    @Test
    @Order(3)
    @WithFakeIam(permissiveAssumeRole = true)
    void methodAnnotationOverridesTheClassOne(IamClient iam, StsClient sts) {
        iam.createRole(r -> r.roleName("svc").assumeRolePolicyDocument(TRUST));
        assertThat(sts.getCallerIdentity().account()).isEqualTo(FakeIam.DEFAULT_ACCOUNT);
        assertThat(sts.assumeRole(r -> r.roleArn("arn:aws:iam::123456789012:role/svc").roleSessionName("s1")).credentials()).isNotNull();
    }
}
