package io.iamkit.testkit.moto;

import org.junit.jupiter.api.Assumptions;

/**
 * The rule of DESIGN.md: without moto_server, integration tests fail with a clear message under
 * {@code CI=true} and are skipped with that message otherwise.
 */
public final class MotoAvailability {

    private MotoAvailability() {
    }

    public static void require() {
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
