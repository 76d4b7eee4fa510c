package io.iamkit.testkit.conformance;

import io.iamkit.testkit.FakeIam;
import io.iamkit.testkit.moto.MotoServer;
import java.util.Map;

/** Prints both targets' observations side by side; for working on the suite, not a test. */
final class ConformanceProbe {
    public static void main(String[] args) {
        Map<String, String> fake = ConformanceScript.run(new ConformanceScript.Clients(FakeIam.create().iam(), FakeIam.create().sts()));
        try (MotoServer moto = MotoServer.start()) {
            Map<String, String> m = ConformanceScript.run(new ConformanceScript.Clients(Targets.motoIam(moto.endpoint()), Targets.motoSts(moto.endpoint())));
            fake.forEach((k, v) -> System.out.println((v.equals(m.get(k)) ? "SAME " : "DIFF ") + k + "\n   fake: " + v + "\n   moto: " + m.get(k)));
        }
    }
}
