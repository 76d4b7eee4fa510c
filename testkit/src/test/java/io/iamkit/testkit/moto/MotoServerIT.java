package io.iamkit.testkit.moto;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.HttpURLConnection;
import org.junit.jupiter.api.Test;

class MotoServerIT {

    @Test
    void startsOnLoopbackAnswersAndResets() throws Exception {
        MotoAvailability.require();
        try (MotoServer moto = MotoServer.start()) {
            assertThat(moto.endpoint().getHost()).isEqualTo("127.0.0.1");
            HttpURLConnection c = (HttpURLConnection) moto.endpoint().resolve("/moto-api/").toURL().openConnection();
            assertThat(c.getResponseCode()).isEqualTo(200);
            moto.reset();
        }
    }
}
