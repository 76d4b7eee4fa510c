package io.iamkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.iamkit.aws.Change;
import io.iamkit.eval.Decision;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example's main path against the embedded IAM, so that the README never lies. */
class ExamplesTest {

    static Stream<Arguments> examples() {
        return Stream.of(
                Arguments.of(new EcsTaskExecutionExample(), 4, 22),
                Arguments.of(new MicroservicesExample(), 6, 21),
                Arguments.of(new DataProcessingExample(), 2, 10),
                Arguments.of(new AnalyticsExample(), 2, 8));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void runsEndToEndOnTheEmbeddedIam(Example example, int changes, int verdicts) {
        StringWriter text = new StringWriter();
        ExampleOutcome outcome;
        try (Environment env = Environment.embedded()) {
            outcome = ExampleRunner.run(example, env, "us-east-1", new PrintWriter(text));
        }
        assertThat(outcome.findings()).isEmpty();
        assertThat(outcome.plan().changes()).hasSize(changes).allMatch(c -> c.kind() == Change.Kind.ADD);
        assertThat(outcome.firstApply().done()).hasSize(changes);
        assertThat(outcome.firstApply().writes()).isEqualTo(changes);
        assertThat(outcome.secondApply().writes()).isZero();
        assertThat(outcome.secondApply().done()).isEmpty();
        assertThat(outcome.verdicts()).hasSize(verdicts).allMatch(Verdict::asExpected);
        assertThat(outcome.verdicts()).anyMatch(v -> v.actual() == Decision.ALLOWED)
                .anyMatch(v -> v.actual() != Decision.ALLOWED);
        assertThat(outcome.succeeded()).isTrue();
        assertThat(text.toString()).contains("-- plan", "-- apply again (must change nothing)", "changes: 0, reads: ",
                ", writes: 0", "All verdicts as expected");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void aVerdictThatFailsIsReported(Example example, int changes, int verdicts) {
        Verdict wrong = example.verdicts(example.spec("123456789012", "us-east-1"), "123456789012", "us-east-1").get(0);
        Verdict flipped = new Verdict(wrong.question(), wrong.expected() == Decision.ALLOWED ? Decision.IMPLICITLY_DENIED : Decision.ALLOWED,
                wrong.result());
        assertThat(flipped.asExpected()).isFalse();
        assertThat(flipped.toString()).startsWith("FAIL");
    }

    @org.junit.jupiter.api.Test
    void theSeedInlinePolicyIsTheFiveActionsOnEveryResource() {
        assertThat(EcsTaskExecutionExample.pullImagesShipLogs().statements()).singleElement().satisfies(s -> {
            assertThat(s.actions()).containsExactly("ecr:GetAuthorizationToken", "ecr:BatchGetImage",
                    "ecr:GetDownloadUrlForLayer", "logs:CreateLogStream", "logs:PutLogEvents");
            assertThat(s.resources()).containsExactly("*");
        });
    }
}
