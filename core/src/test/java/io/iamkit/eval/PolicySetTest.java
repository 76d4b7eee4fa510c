package io.iamkit.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.Principal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicySetTest {

    private static final PolicyDocument S3 = PolicyDocument.builder().allow("s3:*").onAnyResource().build();
    private static final PolicyDocument EC2 = PolicyDocument.builder().allow("ec2:*").onAnyResource().build();

    @Test
    void builderAndToBuilderKeepEveryPart() {
        PolicySet set = PolicySet.builder()
                .identityPolicies(S3, EC2)
                .trustPolicy(PolicyDocument.builder().allow("sts:AssumeRole").by(Principal.service("ecs-tasks.amazonaws.com")).build())
                .permissionsBoundary(S3)
                .sessionPolicy(EC2)
                .scpLevel(S3).scpLevel(S3, EC2)
                .rcpLevel(List.of(S3))
                .build();
        assertThat(set.resourcePolicyKind()).isEqualTo(ResourcePolicyKind.ROLE_TRUST);
        assertThat(set.scps()).extracting(List::size).containsExactly(1, 2);
        assertThat(set.toBuilder().build()).isEqualTo(set);
        assertThat(PolicySet.of(b -> b.identityPolicy(S3))).isEqualTo(PolicySet.of(S3));
    }

    @Test
    void nullsBecomeEmpty() {
        PolicySet set = new PolicySet(null, null, null, null, null, null, null);
        assertThat(set.identityPolicies()).isEmpty();
        assertThat(set.resourcePolicyKind()).isEqualTo(ResourcePolicyKind.AUTO);
        assertThat(set.scps()).isEmpty();
        assertThat(PolicyEvaluator.evaluate(EvaluationRequest.of("arn:aws:iam::111122223333:role/r", "s3:GetObject", "*"), set)
                .decision()).isEqualTo(Decision.IMPLICITLY_DENIED);
    }

    @Test
    void anEmptyScpLevelAllowsNothing() {
        PolicySet set = PolicySet.builder().identityPolicy(S3).scpLevel(List.of()).build();
        assertThat(PolicyEvaluator.evaluate(EvaluationRequest.of("arn:aws:iam::111122223333:role/r", "s3:GetObject", "*"), set)
                .decision()).isEqualTo(Decision.IMPLICITLY_DENIED);
    }

    @Test
    void decisionNamesAreAwsNames() {
        assertThat(Decision.ALLOWED.awsName()).isEqualTo("Allowed");
        assertThat(Decision.EXPLICITLY_DENIED.awsName()).isEqualTo("ExplicitlyDenied");
        assertThat(Decision.IMPLICITLY_DENIED.awsName()).isEqualTo("ImplicitlyDenied");
        assertThat(Decision.fromAwsName("implicitlydenied")).isEqualTo(Decision.IMPLICITLY_DENIED);
        assertThat(Decision.fromAwsName("nope")).isNull();
    }
}
