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
    void passRoleGrantedThroughAnyWildcardIsFlagged() {
        // Only iam:PassRole, iam:* and iam:Pass* were recognised; IAM matches iam:*Role and iam:P* too.
        for (String action : List.of("iam:*Role", "iam:P*", "IAM:passrole", "iam:Pass?ole", "*:PassRole", "iam:Pass*Role", "iam:P?ssRole", "iam:*")) {
            PolicyDocument doc = PolicyDocument.builder().allow(action).on("*").build();
            assertThat(codes(PolicyLinter.lint(doc, PolicyKind.IDENTITY, ""))).as(action).contains("lint.passrole-any-role");
        }
        for (String action : List.of("iam:Get*", "iam:PassRoles", "iam:List*", "iam:*Policy")) {
            PolicyDocument doc = PolicyDocument.builder().allow(action).on("*").build();
            assertThat(codes(PolicyLinter.lint(doc, PolicyKind.IDENTITY, ""))).as(action).doesNotContain("lint.passrole-any-role");
        }
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
    void aMissingVersionIsReportedOnceNotByValidationAndLintBoth() {
        PolicyDocument noVersion = PolicyDocument.builder().version(null).allow("s3:GetObject").on("arn:aws:s3:::b/*").build();
        assertThat(codes(Linter.check(noVersion, PolicyKind.IDENTITY, ""))).containsExactly("policy.version.missing");
        PolicyDocument legacy = PolicyDocument.builder().version("2008-10-17").allow("s3:GetObject").on("arn:aws:s3:::b/*").build();
        assertThat(codes(Linter.check(legacy, PolicyKind.IDENTITY, ""))).containsExactly("lint.legacy-version");
    }

    @Test
    void lintAndValidationNameAHostileRoleTheSameShortWay() {
        String name = "r".repeat(10_000);
        Role role = Role.builder(name).trust(Trust.service("ecs-tasks.amazonaws.com"))
                .inline("p", p -> p.allow("*").on("*")).build();
        List<Problem> findings = Linter.check(role);
        String owner = "role " + "r".repeat(80) + "…";
        assertThat(findings).extracting(Problem::code).contains("lint.admin-access", "lint.trust-confused-deputy");
        assertThat(findings).allSatisfy(p -> assertThat(p.location()).startsWith(owner).hasSizeLessThan(200));
    }

    @Test
    void guessesTheKindOfALoneDocument() {
        assertThat(Linter.guessKind(Trust.service("lambda.amazonaws.com").toPolicy())).isEqualTo(PolicyKind.TRUST);
        assertThat(Linter.guessKind(PolicyDocument.builder().allow("s3:GetObject").on("*").build())).isEqualTo(PolicyKind.IDENTITY);
    }
}
