package io.iamkit.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.iamkit.testkit.FakeIam;
import io.iamkit.testkit.FakeIamServer;
import io.iamkit.testkit.moto.MotoAvailability;
import io.iamkit.testkit.moto.MotoServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * The same scripted IAM and STS calls through the real SDK over HTTP against moto_server, in
 * process against the fake, and over HTTP against the fake's own endpoint; results and error codes
 * compared step by step, every moto↔AWS difference named in {@link KnownDifferences}.
 */
class ConformanceIT {

    static MotoServer moto;
    static Map<String, String> motoObserved;
    static Map<String, String> fakeObserved;
    static Map<String, String> fakeHttpObserved;

    @BeforeAll
    static void runScriptEverywhere() {
        MotoAvailability.require();
        moto = MotoServer.start(MotoServer.LOAD_AWS_MANAGED_POLICIES);
        try (IamClient iam = Targets.motoIam(moto.endpoint()); StsClient sts = Targets.motoSts(moto.endpoint())) {
            motoObserved = ConformanceScript.run(new ConformanceScript.Clients(iam, sts));
        }
        FakeIam fake = FakeIam.create();
        fakeObserved = ConformanceScript.run(new ConformanceScript.Clients(fake.iam(), fake.sts()));
        FakeIam served = FakeIam.create();
        try (FakeIamServer server = FakeIamServer.start(served, 0);
             IamClient iam = Targets.motoIam(server.endpoint()); StsClient sts = Targets.motoSts(server.endpoint())) {
            fakeHttpObserved = ConformanceScript.run(new ConformanceScript.Clients(iam, sts));
        }
    }

    @AfterAll
    static void stop() {
        if (moto != null) {
            moto.close();
        }
    }

    @Test
    void everyStepRanOnEveryTarget() {
        List<String> steps = ConformanceScript.steps().stream().map(ConformanceScript.Step::name).toList();
        assertThat(motoObserved.keySet()).containsExactlyElementsOf(steps);
        assertThat(fakeObserved.keySet()).containsExactlyElementsOf(steps);
        assertThat(fakeObserved.values()).as("the fake never fails a step unexpectedly").noneMatch(v -> v.startsWith("unexpected"));
    }

    @Test
    void theFakeAnswersTheSameInProcessAndOverHttp() {
        assertThat(fakeHttpObserved).isEqualTo(fakeObserved);
    }

    @Test
    void theFakeAgreesWithMotoExceptWhereMotoDiffersFromAws() {
        List<String> unexplained = new ArrayList<>();
        fakeObserved.forEach((step, fake) -> {
            String m = motoObserved.get(step);
            if (!KnownDifferences.ALL.containsKey(step) && !fake.equals(m)) {
                unexplained.add(step + "\n    fake: " + fake + "\n    moto: " + m);
            }
        });
        assertThat(unexplained).as("differences not recorded in KnownDifferences").isEmpty();
    }

    @Test
    void whereMotoDiffersTheFakeFollowsAwsAndTheRecordIsStillTrue() {
        List<String> wrong = new ArrayList<>();
        KnownDifferences.ALL.forEach((step, d) -> {
            String fake = fakeObserved.get(step);
            String m = motoObserved.get(step);
            if (fake == null || !fake.contains(d.aws())) {
                wrong.add(step + ": the fake should show AWS's behaviour '" + d.aws() + "' but observed " + fake);
            }
            if (fake != null && fake.equals(m)) {
                wrong.add(step + ": moto no longer differs (" + d.moto() + "); remove the record");
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void stepsWhereAllAgreeCoverErrorsAsWellAsSuccesses() {
        long agreedErrors = fakeObserved.entrySet().stream()
                .filter(e -> e.getValue().equals(motoObserved.get(e.getKey())) && e.getValue().startsWith("error:")).count();
        assertThat(agreedErrors).as("error codes and messages where moto matches AWS").isGreaterThanOrEqualTo(5);
    }
}
