package io.iamkit.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.iamkit.Problem;
import io.iamkit.Severity;
import io.iamkit.json.PolicyJson;
import io.iamkit.policy.Condition;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.role.ManagedPolicies;
import io.iamkit.role.Role;
import io.iamkit.role.Trust;
import io.iamkit.validate.PolicyKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinterTest {

    private static List<String> codes(List<Problem> problems) {
        return problems.stream().map(Problem::code).toList();
    }

    @Test
    void leastPrivilegeEcsRoleWithConfusedDeputyConditionsIsClean() {
        Role role = Role.builder("ecsTaskExecutionRole")
                .trust(Trust.service("ecs-tasks.amazonaws.com").sourceAccount("111122223333"))
                .attach(ManagedPolicies.aws("service-role/AmazonECSTaskExecutionRolePolicy"))
                .inline("pull-and-log", p -> p.allow("ecr:BatchGetImage", "logs:PutLogEvents").on("*"))
                .build();
        assertThat(Linter.check(role)).isEmpty();
    }

    @Test
    void serviceTrustWithoutSourceConditionsIsAConfusedDeputyWarning() {
        Role role = Role.builder("app").trust(Trust.service("ecs-tasks.amazonaws.com")).build();
        assertThat(Linter.check(role)).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("lint.trust-confused-deputy");
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.location()).isEqualTo("role app trust policy /Statement/0/Condition");
        });
    }

    @Test
    void administratorAccessInlineOrAttachedIsASecurityWarning() {
        Role role = Role.builder("admin").trust(Trust.account("111122223333"))
                .inline("all", p -> p.allow("*").on("*"))
                .attach(ManagedPolicies.aws("AdministratorAccess"))
                .build();
        List<Problem> findings = Linter.check(role);
        assertThat(codes(findings)).containsExactlyInAnyOrder("lint.admin-access", "lint.admin-managed-policy");
        assertThat(findings).allMatch(Linter::isBlocking);
    }

    @Test
    void passRoleOnEveryRoleIsFlaggedButAConditionedOneIsNot() {
        PolicyDocument open = PolicyDocument.builder().allow("iam:PassRole").on("*").build();
        PolicyDocument conditioned = PolicyDocument.builder().allow("iam:PassRole").on("*")
                .when(Condition.stringEquals("iam:PassedToService", "ecs-tasks.amazonaws.com")).build();
        assertThat(codes(PolicyLinter.lint(open, PolicyKind.IDENTITY, ""))).containsExactly("lint.passrole-any-role");
        assertThat(PolicyLinter.lint(conditioned, PolicyKind.IDENTITY, "")).isEmpty();
    }

    @Test
    void passRoleIsFoundThroughAnyWildcardThatGrantsIt() {
        // IAM matches actions with * and ?; the linter used to know only iam:PassRole, iam:* and iam:Pass*.
        for (String action : new String[] {"iam:Pass*Role", "iam:*Role", "iam:P?ssRole", "IAM:passrole", "iam:*"}) {
            PolicyDocument p = PolicyDocument.builder().allow(action).on("*").build();
            assertThat(codes(PolicyLinter.lint(p, PolicyKind.IDENTITY, ""))).as(action).contains("lint.passrole-any-role");
        }
        PolicyDocument other = PolicyDocument.builder().allow("iam:Get*", "iam:*Policy").on("*").build();
        assertThat(codes(PolicyLinter.lint(other, PolicyKind.IDENTITY, ""))).doesNotContain("lint.passrole-any-role");
    }

    @Test
    void trustOfAnyoneAndOidcWithoutSubjectAreSecurityWarnings() {
        PolicyDocument anyone = PolicyJson.read("""
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"sts:AssumeRole"}]}""");
        PolicyDocument github = Trust.oidc("arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com")
                .when(Condition.stringEquals("token.actions.githubusercontent.com:aud", "sts.amazonaws.com")).toPolicy();
        assertThat(codes(PolicyLinter.lint(anyone, PolicyKind.TRUST, ""))).containsExactly("lint.trust-anyone");
        assertThat(codes(PolicyLinter.lint(github, PolicyKind.TRUST, ""))).containsExactly("lint.oidc-without-sub");
    }

    @Test
    void typoInServicePrefixAndLegacyVersionAreWarnings() {
        PolicyDocument doc = PolicyDocument.builder().version(null)
                .allow("ec:DescribeInstances", "s3:GetObject").on("*").build();
        assertThat(codes(PolicyLinter.lint(doc, PolicyKind.IDENTITY, "")))
                .containsExactly("lint.legacy-version", "lint.unknown-service");
    }

    @Test
    void guessesTheKindOfALoneDocument() {
        assertThat(Linter.guessKind(Trust.service("lambda.amazonaws.com").toPolicy())).isEqualTo(PolicyKind.TRUST);
        assertThat(Linter.guessKind(PolicyDocument.builder().allow("s3:GetObject").on("*").build())).isEqualTo(PolicyKind.IDENTITY);
    }
}
