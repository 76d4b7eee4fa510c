package io.iamkit.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.iamkit.eval.cases.CaseOutcome;
import io.iamkit.eval.cases.CaseRunner;
import io.iamkit.eval.cases.EvaluationCase;
import io.iamkit.eval.cases.EvaluationCases;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The shared samples and the project's conformance suite: every case gives its expected decision. */
class CaseFilesTest {

    static Path resource(String name) {
        try {
            return Path.of(CaseFilesTest.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Path> conformanceFiles() throws IOException {
        try (Stream<Path> files = Files.list(resource("conformance"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> samples() {
        return dynamic(resource("eval-cases/samples.json"));
    }

    @TestFactory
    Stream<DynamicTest> conformance() throws IOException {
        return conformanceFiles().stream().flatMap(CaseFilesTest::dynamic);
    }

    @Test
    void samplesHoldAll38Cases() {
        List<EvaluationCase> cases = EvaluationCases.read(resource("eval-cases/samples.json"));
        assertThat(cases).hasSize(38).allMatch(EvaluationCase::isValid);
    }

    @Test
    void conformanceSuiteHasAtLeast150CasesEachCitingARule() throws IOException {
        int total = 0;
        for (Path file : conformanceFiles()) {
            List<EvaluationCase> cases = EvaluationCases.read(file);
            for (EvaluationCase c : cases) {
                assertThat(c.isValid()).as(file.getFileName() + " " + c.name() + ": " + c.error()).isTrue();
                assertThat(c.expected()).as(c.name()).isNotNull();
                assertThat(c.comment()).as(c.name() + " cites a rule").isNotBlank();
            }
            total += cases.size();
        }
        assertThat(total).isGreaterThanOrEqualTo(150);
    }

    private static Stream<DynamicTest> dynamic(Path file) {
        List<EvaluationCase> cases = EvaluationCases.read(file);
        List<CaseOutcome> outcomes = CaseRunner.of(cases).run();
        return outcomes.stream().map(o -> DynamicTest.dynamicTest(file.getFileName() + " " + o.name(), () -> {
            assertThat(o.evaluationCase().error()).as("case error").isNull();
            assertThat(o.decision()).as(o.name() + "\n" + o.result().explain()).isEqualTo(o.evaluationCase().expected());
        }));
    }
}
