package io.iamkit.role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iamkit.IamkitException;
import io.iamkit.catalog.AwsManagedPolicies;
import io.iamkit.json.PolicyJson;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.validate.RoleValidator;
import org.junit.jupiter.api.Test;

class RolePresetsTest {

    /** AWS's documented trust policy for the ECS task execution role (ECS Developer Guide). */
    private static final String ECS_TASK_EXECUTION_TRUST = """
            {
              "Version": "2012-10-17",
              "Statement": [
                {
                  "Sid": "",
                  "Effect": "Allow",
                  "Principal": {
                    "Service": "ecs-tasks.amazonaws.com"
                  },
                  "Action": "sts:AssumeRole"
                }
              ]
            }""";

    @Test
    void ecsTaskExecutionRoleIsAwsDocumentedRole() {
        Role role = RolePresets.ecsTaskExecutionRole().build();
        assertThat(role.name()).isEqualTo("ecsTaskExecutionRole");
        assertThat(role.trustPolicy()).isEqualTo(PolicyJson.read(ECS_TASK_EXECUTION_TRUST));
        assertThat(PolicyJson.write(role.trustPolicy())).isEqualTo(
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"\",\"Effect\":\"Allow\","
                        + "\"Principal\":{\"Service\":\"ecs-tasks.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}");
        assertThat(role.managedPolicyArns())
                .containsExactly("arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy");
        assertThat(AwsManagedPolicies.byArn(role.managedPolicyArns().get(0))).isPresent();
        assertThat(RoleValidator.validate(role).problems()).isEmpty();
    }

    @Test
    void seedInlinePolicyInFiveLinesOfDsl() {
        Role role = RolePresets.ecsTaskExecutionRole()
                .inline("pull-and-log", p -> p
                        .allow("ecr:GetAuthorizationToken", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer",
                                "logs:CreateLogStream", "logs:PutLogEvents").on("*"))
                .build();
        PolicyDocument expected = PolicyJson.read("""
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": [
                  "ecr:GetAuthorizationToken", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer",
                  "logs:CreateLogStream", "logs:PutLogEvents"], "Resource": "*"}]}""");
        assertThat(role.inlinePolicy("pull-and-log").document()).isEqualTo(expected);
        assertThat(RoleValidator.validate(role).problems()).isEmpty();
    }

    @Test
    void confusedDeputyConditionsAreOptIn() {
        Role account = RolePresets.ecsTaskExecutionRole("111122223333").build();
        assertThat(PolicyJson.write(account.trustPolicy())).contains("\"Condition\":{\"StringEquals\":{\"aws:SourceAccount\":\"111122223333\"}}");
        Role both = RolePresets.ecsTaskExecutionRole("111122223333", "us-west-2").build();
        assertThat(both.trustPolicy()).isEqualTo(PolicyJson.read("""
                {"Version": "2012-10-17", "Statement": [{"Sid": "", "Effect": "Allow",
                  "Principal": {"Service": "ecs-tasks.amazonaws.com"}, "Action": "sts:AssumeRole",
                  "Condition": {"ArnLike": {"aws:SourceArn": "arn:aws:ecs:us-west-2:111122223333:*"},
                                "StringEquals": {"aws:SourceAccount": "111122223333"}}}]}"""));
        Role china = RolePresets.ecsTaskExecutionRole("111122223333", "cn-north-1").build();
        assertThat(china.managedPolicyArns()).containsExactly("arn:aws-cn:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy");
        assertThat(PolicyJson.write(china.trustPolicy())).contains("arn:aws-cn:ecs:cn-north-1:111122223333:*");
        assertThat(RoleValidator.validate(both).problems()).isEmpty();
    }

    @Test
    void ecsTaskRoleTrustsTasksWithoutAttachments() {
        Role role = RolePresets.ecsTaskRole("app", "111122223333", "us-east-1")
                .inline("read", p -> p.allow("s3:GetObject").on("arn:aws:s3:::bucket/*")).build();
        assertThat(role.managedPolicyArns()).isEmpty();
        assertThat(role.trustPolicy().statements().get(0).sid()).isNull();
        assertThat(role.trustPolicy().statements().get(0).conditions()).hasSize(2);
        assertThat(RoleValidator.validate(role).problems()).isEmpty();
        assertThat(RoleValidator.validate(RolePresets.ecsTaskRole("plain").build()).problems()).isEmpty();
    }

    @Test
    void lambdaExecutionRoleAttachesBasicExecution() {
        Role role = RolePresets.lambdaExecutionRole("fn").build();
        assertThat(role.trustPolicy()).isEqualTo(PolicyJson.read(
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"lambda.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}"));
        assertThat(role.managedPolicyArns()).containsExactly("arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole");
        assertThat(AwsManagedPolicies.byArn(role.managedPolicyArns().get(0))).isPresent();
        assertThat(RoleValidator.validate(role).problems()).isEmpty();
    }

    @Test
    void ec2InstanceRoleTrustsEc2() {
        Role role = RolePresets.ec2InstanceRole("web").attach("arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore").build();
        assertThat(role.trustPolicy().statements().get(0).principal().values("Service")).containsExactly("ec2.amazonaws.com");
        assertThat(RoleValidator.validate(role).problems()).isEmpty();
    }

    @Test
    void crossAccountRoleRequiresTheExternalId() {
        Role role = RolePresets.crossAccountRole("vendor", "444455556666", "Unique-Id-1234").build();
        assertThat(role.trustPolicy()).isEqualTo(PolicyJson.read("""
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                  "Principal": {"AWS": "arn:aws:iam::444455556666:root"}, "Action": "sts:AssumeRole",
                  "Condition": {"StringEquals": {"sts:ExternalId": "Unique-Id-1234"}}}]}"""));
        assertThat(RoleValidator.validate(role).problems()).isEmpty();
    }

    @Test
    void githubActionsRoleChecksAudienceAndSubject() {
        Role role = RolePresets.githubActionsOidcRole("deploy", "111122223333", RolePresets.githubRepo("octo-org/octo-repo")).build();
        assertThat(role.trustPolicy()).isEqualTo(PolicyJson.read("""
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                  "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"},
                  "Action": "sts:AssumeRoleWithWebIdentity",
                  "Condition": {"StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"},
                                "StringLike": {"token.actions.githubusercontent.com:sub": "repo:octo-org/octo-repo:*"}}}]}"""));
        assertThat(RoleValidator.validate(role).problems()).isEmpty();
        assertThat(RolePresets.githubBranch("octo-org/octo-repo", "main")).isEqualTo("repo:octo-org/octo-repo:ref:refs/heads/main");
        assertThatThrownBy(() -> RolePresets.githubActionsOidcRole("deploy", "111122223333"))
                .isInstanceOf(IamkitException.class).hasMessageContaining("any GitHub repository");
    }

    @Test
    void presetsAreStartingPoints() {
        Role role = RolePresets.lambdaExecutionRole("fn").path("/service-role/").tag("team", "payments").build();
        assertThat(role.path()).isEqualTo("/service-role/");
        assertThat(role.toBuilder().build()).isEqualTo(role);
    }
}
