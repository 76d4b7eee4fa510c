package io.iamkit.eval.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iamkit.IamkitException;
import io.iamkit.eval.Decision;
import io.iamkit.eval.ResourcePolicyKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationCasesTest {

    private static final String GOOD = """
            {"name": "good", "identityPolicies": [{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]}],
             "principal": "arn:aws:iam::111122223333:role/dev", "action": "s3:GetObject", "resource": "arn:aws:s3:::b/k",
             "context": {"aws:TagKeys": ["a", "b"], "s3:max-keys": 10}, "expected": "Allowed", "rule": "why"}""";

    @Test
    void aBadCaseCarriesItsErrorWithLocationAndTheOthersStillRun() {
        String json = "[" + GOOD + ","
                + "{\"name\": \"bad-action\", \"identityPolicies\": [{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": {\"x\": 1}, \"Resource\": \"*\"}]}],"
                + " \"principal\": \"anonymous\", \"action\": \"s3:GetObject\", \"resource\": \"*\"},"
                + "{\"name\": \"no-action\", \"principal\": \"anonymous\", \"resource\": \"*\"},"
                + "42]";
        List<EvaluationCase> cases = EvaluationCases.read(json, "cases.json");
        assertThat(cases).hasSize(4);
        assertThat(cases.get(0).isValid()).isTrue();
        assertThat(cases.get(0).comment()).isEqualTo("why");
        assertThat(cases.get(0).request().contextValues("AWS:TAGKEYS")).containsExactly("a", "b");
        assertThat(cases.get(0).request().contextValues("s3:max-keys")).containsExactly("10");
        assertThat(cases.get(1).error()).contains("cases.json /1/identityPolicies/0/Statement/0/Action");
        assertThat(cases.get(2).error()).contains("/2/action");
        assertThat(cases.get(3).name()).isEqualTo("#3");
        assertThat(cases.get(3).error()).contains("/3");

        List<CaseOutcome> outcomes = CaseRunner.of(cases).run();
        assertThat(outcomes.get(0).toJsonLine()).isEqualTo("{\"name\":\"good\",\"decision\":\"Allowed\"}");
        assertThat(outcomes.get(1).toJsonLine()).startsWith("{\"name\":\"bad-action\",\"error\":\"");
        assertThat(outcomes.get(1).decision()).isNull();
    }

    @Test
    void levelsMayBeSinglePoliciesOrArraysAndKindsAreRead() {
        String json = """
                [{"name": "k", "principal": "arn:aws:iam::111122223333:role/dev", "action": "kms:Decrypt", "resource": "*",
                  "resourcePolicy": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "kms:*", "Resource": "*"}]},
                  "resourcePolicyKind": "kms-key",
                  "scps": [{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]},
                           [{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "kms:*", "Resource": "*"}]},
                            {"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Action": "s3:*", "Resource": "*"}]}]],
                  "rcps": null}]""";
        EvaluationCase c = EvaluationCases.read(json).get(0);
        assertThat(c.error()).isNull();
        assertThat(c.policies().scps()).extracting(List::size).containsExactly(1, 2);
        assertThat(c.policies().resourcePolicyKind()).isEqualTo(ResourcePolicyKind.KMS_KEY);
        assertThat(c.expected()).isNull();
    }

    @Test
    void policiesIamWouldRejectMakeTheCaseInvalid() {
        String json = """
                [{"name": "identity-with-principal", "principal": "anonymous", "action": "s3:GetObject", "resource": "*",
                  "identityPolicies": [{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:*", "Resource": "*"}]}]},
                 {"name": "trust-with-other-action", "principal": "arn:aws:iam::111122223333:user/a", "action": "sts:AssumeRole",
                  "resource": "arn:aws:iam::111122223333:role/r",
                  "resourcePolicy": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "111122223333"}, "Action": "s3:*"}]}}]""";
        List<EvaluationCase> cases = EvaluationCases.read(json, "v.json");
        assertThat(cases.get(0).error()).contains("v.json /0/identityPolicies/0/Statement/0/Principal");
        assertThat(cases.get(1).error()).contains("v.json /1/resourcePolicy");
    }

    @Test
    void fieldsOfTheWrongShapeAreReported() {
        String json = """
                [{"name": "x", "principal": "anonymous", "action": "s3:GetObject", "resource": "*", "expected": "Maybe",
                  "context": {"a": {"b": 1}}, "resourcePolicyKind": "weird", "scps": {"Statement": []}}]""";
        EvaluationCase c = EvaluationCases.read(json).get(0);
        assertThat(c.error()).contains("/0/expected").contains("/0/context/a").contains("/0/resourcePolicyKind").contains("/0/scps");
    }

    @Test
    void endlessOrHugeInputIsRefusedAtTheLimitNotReadIntoMemory(@TempDir Path dir) throws Exception {
        // Files.readString read /dev/zero until the heap gave out; reading now stops past the limit.
        Path zero = Path.of("/dev/zero");
        if (Files.isReadable(zero)) {
            assertThatThrownBy(() -> EvaluationCases.read(zero)).isInstanceOf(IamkitException.class).hasMessageContaining("longer than");
            assertThatThrownBy(() -> io.iamkit.spec.SpecJson.read(zero)).isInstanceOf(IamkitException.class).hasMessageContaining("longer than");
        }
        Path big = Files.writeString(dir.resolve("big.json"), "[" + " ".repeat(io.iamkit.json.Json.MAX_DOCUMENT_CHARS) + "]");
        assertThatThrownBy(() -> EvaluationCases.read(big)).isInstanceOf(IamkitException.class).hasMessageContaining("big.json");
    }

    @Test
    void unreadableFilesThrow(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> EvaluationCases.read(dir.resolve("missing.json")))
                .isInstanceOf(IamkitException.class).hasMessageContaining("missing.json").hasMessageContaining("no such file");
        Path latin1 = Files.write(dir.resolve("latin1.json"), new byte[] {'[', (byte) 0xE9, ']'});
        assertThatThrownBy(() -> EvaluationCases.read(latin1)).isInstanceOf(IamkitException.class).hasMessageContaining("UTF-8");
        Path notJson = Files.writeString(dir.resolve("bad.json"), "[{");
        assertThatThrownBy(() -> EvaluationCases.read(notJson)).isInstanceOf(IamkitException.class).hasMessageContaining("bad.json");
        Path object = Files.writeString(dir.resolve("obj.json"), "{}");
        assertThatThrownBy(() -> EvaluationCases.read(object)).isInstanceOf(IamkitException.class).hasMessageContaining("array");
    }

    @Test
    void repeatCountsEveryValidCaseEachTime() {
        List<EvaluationCase> cases = EvaluationCases.read("[" + GOOD + ", {\"name\": \"broken\"}]");
        CaseRunner runner = CaseRunner.of(cases);
        assertThat(runner.runnableCases()).isEqualTo(1);
        CaseRunner.Throughput t = runner.repeat(500);
        assertThat(t.evaluations()).isEqualTo(500);
        assertThat(t.seconds()).isPositive();
        assertThat(t.checksum()).isEqualTo(0L); // ALLOWED has ordinal 0
        assertThat(t.toJsonLine()).startsWith("{\"evaluations\":500,\"seconds\":").contains("\"perSecond\":");
        assertThat(runner.run().get(0).decision()).isEqualTo(Decision.ALLOWED);
        assertThat(runner.run().get(0).mismatched()).isFalse();
        assertThatThrownBy(() -> runner.repeat(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
