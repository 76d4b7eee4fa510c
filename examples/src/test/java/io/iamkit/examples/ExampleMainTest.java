package io.iamkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** An example's own {@code main}: arguments a person gets wrong are one line and exit 2. */
class ExampleMainTest {

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ExampleMain.run(new DataProcessingExample(), args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void withoutArgumentsItRunsOnTheEmbeddedIam() {
        Run r = run();
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("the embedded in-memory IAM", "changes: 0, reads: 4, writes: 0");
    }

    @Test
    void aFlagWithoutItsValueIsAUsageErrorNotSilentlyIgnored() {
        Run r = run("--endpoint");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines().toList()).singleElement().asString().startsWith("--endpoint needs a value");
        assertThat(run("--help").exit()).isEqualTo(2);
    }

    @Test
    void aBadEndpointIsOneLine() {
        Run spaces = run("--endpoint", "ht tp://x");
        assertThat(spaces.exit()).isEqualTo(2);
        assertThat(spaces.err().lines().toList()).singleElement().asString().contains("is not a URL");
        Run noScheme = run("--endpoint", "localhost:5000x");
        assertThat(noScheme.exit()).isEqualTo(2);
        assertThat(noScheme.err()).contains("not an http(s) URL").doesNotContain("\tat ");
    }
}
