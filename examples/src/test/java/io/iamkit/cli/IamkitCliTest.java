package io.iamkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The CLI contract of DESIGN.md: output shapes and exit codes that outside tools rely on. */
class IamkitCliTest {

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = IamkitCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"simulate", "lint", "plan", "drift", "apply", "example", "serve"})
    void everyCommandHasHelp(String command) {
        Run r = run(command, "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Usage: iamkit " + command);
    }

    @Test
    void simulatePrintsOneLinePerCaseAndAnErrorLineForAnInvalidCase() throws Exception {
        Path cases = write("cases.json", """
                [{"name": "ok", "identityPolicies": [{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}],
                  "principal": "arn:aws:iam::111122223333:role/app", "action": "s3:GetObject", "resource": "arn:aws:s3:::b/k"},
                 {"name": "broken", "identityPolicies": [{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": {"x": 1}, "Resource": "*"}]}],
                  "principal": "arn:aws:iam::111122223333:role/app", "action": "s3:GetObject", "resource": "arn:aws:s3:::b/k"},
                 {"name": "denied", "principal": "arn:aws:iam::111122223333:role/app", "action": "s3:GetObject", "resource": "arn:aws:s3:::b/k"}]
                """);
        Run r = run("simulate", "--cases", cases.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out().lines().toList()).hasSize(3);
        assertThat(r.out().lines().toList().get(0)).isEqualTo("{\"name\":\"ok\",\"decision\":\"Allowed\"}");
        assertThat(r.out().lines().toList().get(1)).startsWith("{\"name\":\"broken\",\"error\":").contains("/Statement/0/Action");
        assertThat(r.out().lines().toList().get(2)).isEqualTo("{\"name\":\"denied\",\"decision\":\"ImplicitlyDenied\"}");
    }

    @Test
    void simulateRepeatPrintsOnlyTheThroughputLine() throws Exception {
        Path cases = write("cases.json", """
                [{"name": "ok", "identityPolicies": [{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]}],
                  "principal": "arn:aws:iam::111122223333:role/app", "action": "s3:GetObject", "resource": "arn:aws:s3:::b/k"}]
                """);
        Run r = run("simulate", "--cases", cases.toString(), "--repeat", "1000");
        assertThat(r.exit()).isZero();
        assertThat(r.out().lines().toList()).singleElement().asString()
                .matches("\\{\"evaluations\":1000,\"seconds\":[0-9.E-]+,\"perSecond\":[0-9]+}");
    }

    @Test
    void unreadableCaseFileExitsTwoWithOneLineAndNoStackTrace() {
        Run r = run("simulate", "--cases", dir.resolve("missing.json").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().lines().toList()).hasSize(1);
        assertThat(r.err()).doesNotContain("\tat ", "Exception");
    }

    @Test
    void lintExitCodesFollowTheContract() throws Exception {
        Path clean = write("clean.json", """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}]}""");
        Path admin = write("admin.json", """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}""");
        Path broken = write("broken.json", "{\"Version\": ");
        assertThat(run("lint", clean.toString()).exit()).isZero();
        Run adminRun = run("lint", "--json", admin.toString());
        assertThat(adminRun.exit()).isEqualTo(1);
        assertThat(adminRun.out()).contains("\"code\":\"lint.admin-access\"", "\"severity\":\"SECURITY_WARNING\"", "\"location\":\"/Statement/0\"");
        Run brokenRun = run("lint", broken.toString());
        assertThat(brokenRun.exit()).isEqualTo(2);
        assertThat(brokenRun.err()).contains("invalid Json").doesNotContain("\tat ");
    }

    @Test
    void lintReadsRoleSpecs() throws Exception {
        Path spec = write("spec.json", """
                {"Roles": [{"RoleName": "app", "AssumeRolePolicyDocument": {"Version": "2012-10-17",
                  "Statement": [{"Effect": "Allow", "Principal": {"Service": "ecs-tasks.amazonaws.com"}, "Action": "sts:AssumeRole"}]}}]}""");
        Run r = run("lint", spec.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("lint.trust-confused-deputy", "role app trust policy /Statement/0/Condition");
    }

    @Test
    void theReadmeSpecsLintAsTheReadmeSays() {
        // Templates are filled with a sample account; a role declared for deletion is not linted.
        assertThat(run("lint", "specs/ecs-task-execution-role.json", "specs/full-example.json").exit()).isZero();
        Run admin = run("lint", "specs/admin-everything.json");
        assertThat(admin.exit()).isEqualTo(1);
        assertThat(admin.out()).contains("lint.admin-access");
    }

    @Test
    void planThenApplyOnTheEmbeddedIamEndWithTheirCountLines() throws Exception {
        Path spec = write("spec.json", """
                {"Roles": [{"RoleName": "ecsTaskExecutionRole", "Path": "/service-role/",
                  "AssumeRolePolicyDocument": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                    "Principal": {"Service": "ecs-tasks.amazonaws.com"}, "Action": "sts:AssumeRole",
                    "Condition": {"StringEquals": {"aws:SourceAccount": "${AccountId}"}}}]},
                  "ManagedPolicyArns": ["arn:${Partition}:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"],
                  "Tags": [{"Key": "team", "Value": "payments"}]}]}""");
        Run plan = run("plan", "--spec", spec.toString());
        assertThat(plan.exit()).as(plan.err()).isZero();
        assertThat(plan.out().lines().reduce((a, b) -> b)).hasValue("changes: 2");
        Run apply = run("apply", "--spec", spec.toString(), "--quiet");
        assertThat(apply.exit()).as(apply.err()).isZero();
        assertThat(apply.out().lines().reduce((a, b) -> b).orElseThrow()).matches("changes: 2, reads: \\d+, writes: 2");
    }

    @Test
    void aBadSpecIsOneClearLine() throws Exception {
        Path spec = write("spec.json", "{\"Roles\": [{\"RoleName\": \"" + "x".repeat(65) + "\"}]}");
        Run r = run("plan", "--spec", spec.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("/Roles/0").doesNotContain("\tat ");
    }

    @Test
    void unknownExampleAndUnknownOptionAreUsageErrors() {
        assertThat(run("example", "nope").exit()).isEqualTo(2);
        Run r = run("simulate", "--cases", "x.json", "--nope");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option");
    }

    @Test
    void applyOutputReachesABufferedStreamAsMainUsesIt() throws Exception {
        // main wraps System.out in an auto-flushing PrintWriter, which flushes on println only:
        // apply prints its result with print(), so without a final flush nothing reached stdout.
        Path spec = write("spec.json", """
                {"Roles": [{"RoleName": "app", "AssumeRolePolicyDocument": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                    "Principal": {"Service": "ecs-tasks.amazonaws.com"}, "Action": "sts:AssumeRole"}]}}]}""");
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(bytes, java.nio.charset.StandardCharsets.UTF_8), true);
        int exit = IamkitCli.run(out, new PrintWriter(new StringWriter(), true), "apply", "--spec", spec.toString(), "--quiet");
        assertThat(exit).isZero();
        assertThat(bytes.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("create role").endsWith("changes: 1, reads: 1, writes: 1\n");
    }

    @Test
    void progressLinesNameTheirRoleAsRolesRunInParallel() throws Exception {
        Path spec = write("two.json", """
                {"Roles": [
                  {"RoleName": "a", "AssumeRolePolicyDocument": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                    "Principal": {"Service": "ecs-tasks.amazonaws.com"}, "Action": "sts:AssumeRole"}]}},
                  {"RoleName": "b", "AssumeRolePolicyDocument": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                    "Principal": {"Service": "ecs-tasks.amazonaws.com"}, "Action": "sts:AssumeRole"}]}}]}""");
        Run r = run("apply", "--spec", spec.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("applied: role/a: create role", "applied: role/b: create role");
    }

    @Test
    void lintHelpNamesTheTemplatesItFills() {
        // picocli reads ${AccountId} as a variable to interpolate; unescaped, the help said "fills null".
        Run r = run("lint", "--help");
        assertThat(r.out()).contains("fills ${AccountId}", "fills ${Partition}").doesNotContain("null");
    }

    @Test
    void lintOfAnUnreadableFileIsOneLineWithoutAFalseAllClear() throws Exception {
        Path bin = dir.resolve("bin.json");
        Files.write(bin, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        Run r = run("lint", bin.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).doesNotContain("no findings");
        assertThat(r.err().lines().toList()).singleElement().asString().contains("not UTF-8 text").doesNotContain("Input length");
        Run missing = run("lint", dir.resolve("missing.json").toString());
        assertThat(missing.err().lines().toList()).singleElement().asString().endsWith("cannot read the file: no such file [lint.io]");
        Run directory = run("lint", dir.toString());
        assertThat(directory.err()).contains("it is a directory");
    }

    @Test
    void anEndpointThatIsNotAUrlSaysWhatToGive() throws Exception {
        Path spec = write("spec.json", "{\"Roles\": []}");
        Run r = run("plan", "--spec", spec.toString(), "--endpoint", "localhost5000");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().lines().toList()).singleElement().asString()
                .contains("is not an http(s) URL", "http://127.0.0.1:5000").doesNotContain("endpointOverride");
    }
}
