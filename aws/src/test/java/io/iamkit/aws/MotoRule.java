package io.iamkit.aws;

import io.iamkit.testkit.moto.MotoServer;
import org.junit.jupiter.api.Assumptions;

/** DESIGN.md's rule: without moto_server these tests fail under CI=true and are skipped otherwise. */
final class MotoRule {

    private MotoRule() {
    }

    static void require() {
        if (MotoServer.isAvailable()) {
            return;
        }
        String message = "moto_server is not on the PATH (pip install 'moto[server]'); the moto integration tests need it";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError(message);
        }
        Assumptions.assumeTrue(false, message);
    }
}
