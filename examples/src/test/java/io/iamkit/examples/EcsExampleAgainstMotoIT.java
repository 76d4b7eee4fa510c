package io.iamkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.iamkit.testkit.moto.MotoAvailability;
import io.iamkit.testkit.moto.MotoServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The README's "point it at moto_server" path: the ECS example over HTTP with the real SDK. */
class EcsExampleAgainstMotoIT {

    @Test
    void theEcsExampleConvergesOnMotoServer() {
        MotoAvailability.require();
        try (MotoServer moto = MotoServer.start(MotoServer.LOAD_AWS_MANAGED_POLICIES);
             Environment env = Environment.endpoint(moto.endpoint(), "us-east-1")) {
            StringWriter text = new StringWriter();
            ExampleOutcome outcome = ExampleRunner.run(new EcsTaskExecutionExample(), env, "us-east-1", new PrintWriter(text));
            assertThat(outcome.firstApply().writes()).isEqualTo(4);
            assertThat(outcome.secondApply().writes()).as(text.toString()).isZero();
            assertThat(outcome.succeeded()).isTrue();
        }
    }
}
