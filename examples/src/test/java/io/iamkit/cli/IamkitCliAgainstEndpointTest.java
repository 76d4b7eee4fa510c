package io.iamkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.iamkit.testkit.FakeIam;
import io.iamkit.testkit.FakeIamServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plan} and {@code apply} over HTTP against an account that outlives one command (the
 * testkit's IAM served on a loopback port), as a user runs them against moto_server: apply twice,
 * hand-made changes, per-role ownership, a failing apply.
 */
class IamkitCliAgainstEndpointTest {

    // In-process and cheap: a fresh account per test (the one-server-per-class rule is for moto).
    private FakeIam fake;
    private FakeIamServer server;

    @TempDir
    Path dir;

    @BeforeEach
    void start() {
        fake = FakeIam.create();
        server = FakeIamServer.start(fake, 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private IamkitCliTest.Run cli(String... args) {
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                java.util.stream.Stream.of("--endpoint", server.endpoint().toString())).toArray(String[]::new);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = IamkitCli.run(new PrintWriter(out, true), new PrintWriter(err, true), all);
        return new IamkitCliTest.Run(exit, out.toString(), err.toString());
    }

    private static String lastLine(String text) {
        return text.lines().reduce((a, b) -> b).orElse("");
    }

    private Path spec(String roleOwnership) throws Exception {
        Path p = dir.resolve("spec.json");
        Files.writeString(p, """
                {"Ownership": "additive",
                 "Roles": [
                  {"RoleName": "strict", "Ownership": "%s",
                   "AssumeRolePolicyDocument": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                     "Principal": {"Service": "ecs-tasks.amazonaws.com"}, "Action": "sts:AssumeRole",
                     "Condition": {"StringEquals": {"aws:SourceAccount": "${AccountId}"}}}]},
                   "Policies": [{"PolicyName": "read", "PolicyDocument": {"Version": "2012-10-17",
                     "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}]}}]},
                  {"RoleName": "relaxed",
                   "AssumeRolePolicyDocument": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                     "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole",
                     "Condition": {"StringEquals": {"aws:SourceAccount": "${AccountId}"}}}]}}]}
                """.formatted(roleOwnership));
        return p;
    }

    private void addHandMadeInlinePolicies() {
        for (String role : new String[] {"strict", "relaxed"}) {
            fake.iam().putRolePolicy(b -> b.roleName(role).policyName("by-hand").policyDocument(
                    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"sqs:SendMessage\",\"Resource\":\"*\"}]}"));
        }
    }

    @Test
    void applyTwiceWritesNothingTheSecondTime() throws Exception {
        Path spec = spec("additive");
        IamkitCliTest.Run first = cli("apply", "--spec", spec.toString(), "--quiet");
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(lastLine(first.out())).matches("changes: 3, reads: \\d+, writes: 3");
        IamkitCliTest.Run second = cli("apply", "--spec", spec.toString(), "--quiet");
        assertThat(second.out()).startsWith("No changes.");
        assertThat(lastLine(second.out())).isEqualTo("changes: 0, reads: 7, writes: 0");
    }

    @Test
    void aRolesOwnOwnershipHoldsWithoutExclusiveFlag() throws Exception {
        // The spec's top level is additive and one role is exclusive: the CLI once passed the top
        // level as an override for every role, so the role's "exclusive" was ignored.
        Path spec = spec("exclusive");
        assertThat(cli("apply", "--spec", spec.toString(), "--quiet").exit()).isZero();
        addHandMadeInlinePolicies();
        IamkitCliTest.Run plan = cli("plan", "--spec", spec.toString());
        assertThat(plan.out()).contains("role/strict", "delete inline policy by-hand")
                .contains("UNDECLARED role/relaxed: inline policy by-hand");
        assertThat(lastLine(plan.out())).isEqualTo("changes: 1");
        IamkitCliTest.Run apply = cli("apply", "--spec", spec.toString(), "--quiet");
        assertThat(lastLine(apply.out())).matches("changes: 1, reads: \\d+, writes: 1");
        assertThat(fake.iam().listRolePolicies(b -> b.roleName("strict")).policyNames()).containsExactly("read");
        assertThat(fake.iam().listRolePolicies(b -> b.roleName("relaxed")).policyNames()).containsExactly("by-hand");
    }

    @Test
    void exclusiveFlagOverridesEveryRole() throws Exception {
        Path spec = spec("additive");
        assertThat(cli("apply", "--spec", spec.toString(), "--quiet").exit()).isZero();
        addHandMadeInlinePolicies();
        IamkitCliTest.Run apply = cli("apply", "--spec", spec.toString(), "--quiet", "--exclusive");
        assertThat(lastLine(apply.out())).matches("changes: 2, reads: \\d+, writes: 2");
        assertThat(fake.iam().listRolePolicies(b -> b.roleName("relaxed")).policyNames()).isEmpty();
    }

    @Test
    void anApplyThatGivesUpExitsOneAndSaysWhatWasDone() throws Exception {
        Path spec = dir.resolve("missing-policy.json");
        Files.writeString(spec, """
                {"Roles": [{"RoleName": "app",
                   "AssumeRolePolicyDocument": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                     "Principal": {"Service": "ecs-tasks.amazonaws.com"}, "Action": "sts:AssumeRole"}]},
                   "ManagedPolicyArns": ["arn:aws:iam::123456789012:policy/does-not-exist"]}]}
                """);
        IamkitCliTest.Run r = cli("apply", "--spec", spec.toString(), "--quiet");
        assertThat(r.exit()).isEqualTo(IamkitCli.FAILED);
        assertThat(r.err()).contains("apply stopped", "Done (1)", "create role", "does-not-exist").doesNotContain("\tat ");
    }

    @Test
    void driftIsInSyncAfterApplyAndReportsAHandMadeChangeWithoutFixingIt() throws Exception {
        Path spec = spec("exclusive");
        assertThat(cli("apply", "--spec", spec.toString(), "--quiet").exit()).isZero();
        IamkitCliTest.Run clean = cli("drift", "--spec", spec.toString());
        assertThat(clean.exit()).as(clean.err()).isZero();
        assertThat(lastLine(clean.out())).isEqualTo("differences: 0");

        addHandMadeInlinePolicies();
        int writesBefore = (int) fake.callLog().writes();
        IamkitCliTest.Run drifted = cli("drift", "--spec", spec.toString());
        assertThat(drifted.exit()).isEqualTo(IamkitCli.FAILED);
        assertThat(drifted.out()).contains("by-hand");
        assertThat(lastLine(drifted.out())).isEqualTo("differences: 1");
        assertThat(fake.callLog().writes()).isEqualTo(writesBefore);
    }
}
