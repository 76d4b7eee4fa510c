package io.iamkit.aws;

import io.iamkit.testkit.FakeIam;
import io.iamkit.testkit.Faults;
import io.iamkit.testkit.MutableClock;
import java.util.function.Consumer;

/** A fake account and an applier on it that share one clock, so no test waits for real. */
final class FakeAccount {

    final MutableClock clock = MutableClock.fixed();
    final FakeIam fake;

    FakeAccount() {
        this(Faults.NONE);
    }

    FakeAccount(Faults faults) {
        fake = FakeIam.builder().clock(clock).faults(faults).build();
    }

    RetryPolicy retries() {
        return RetryPolicy.builder().clock(clock).sleeper(clock::advance).build();
    }

    IamApplier applier() {
        return applier(b -> { });
    }

    IamApplier applier(Consumer<IamApplier.Builder> more) {
        IamApplier.Builder b = IamApplier.builder().iam(fake.iam()).sts(fake.sts()).parallelism(1).retryPolicy(retries());
        more.accept(b);
        return b.build();
    }

    long writes() {
        return fake.callLog().writes();
    }

    void forget() {
        fake.callLog().reset();
    }
}
