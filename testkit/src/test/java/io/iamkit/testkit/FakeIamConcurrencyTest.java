package io.iamkit.testkit;

import static io.iamkit.testkit.FakeIamRolesTest.TRUST;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.iam.IamClient;

class FakeIamConcurrencyTest {

    @Test
    void concurrentCreatesOfOneNameLetExactlyOneWinAndDistinctNamesAllLand() throws Exception {
        FakeIam fake = FakeIam.create();
        IamClient iam = fake.iam();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<String>> tasks = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String name = i % 2 == 0 ? "Contended" : "role-" + i;
                String casing = i % 4 == 0 ? name.toUpperCase(java.util.Locale.ROOT) : name;
                tasks.add(() -> {
                    try {
                        iam.createRole(r -> r.roleName(casing).assumeRolePolicyDocument(TRUST));
                        return "ok";
                    } catch (AwsServiceException e) {
                        return e.awsErrorDetails().errorCode();
                    }
                });
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(tasks)) {
                outcomes.add(f.get());
            }
            assertThat(outcomes.stream().filter("ok"::equals).count()).isEqualTo(21);
            assertThat(outcomes.stream().filter("EntityAlreadyExists"::equals).count()).isEqualTo(19);
            assertThat(iam.listRolesPaginator(r -> r.maxItems(7)).roles().stream().count()).isEqualTo(21);
            assertThat(fake.callLog().count("CreateRole")).isEqualTo(40);
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void theLogListsCallsInTheOrderTheyTookEffectWhenLatencyReordersThem() throws Exception {
        java.util.concurrent.CountDownLatch firstAsleep = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch secondDone = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger sleeps = new java.util.concurrent.atomic.AtomicInteger();
        Sleeper firstWaitsForSecond = d -> {
            if (sleeps.incrementAndGet() == 1) {
                firstAsleep.countDown();
                try {
                    secondDone.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        FakeIam fake = FakeIam.builder().clock(MutableClock.fixed()).sleeper(firstWaitsForSecond)
                .faults(f -> f.latency(java.time.Duration.ofMillis(5))).build();
        IamClient iam = fake.iam();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<?> first = pool.submit(() -> iam.createRole(r -> r.roleName("first").assumeRolePolicyDocument(TRUST)));
            firstAsleep.await();
            iam.createRole(r -> r.roleName("second").assumeRolePolicyDocument(TRUST));
            secondDone.countDown();
            first.get();
        } finally {
            pool.shutdown();
        }
        List<Call> calls = fake.callLog().calls();
        assertThat(calls).extracting(c -> c.argument("RoleName")).containsExactly("second", "first");
        assertThat(calls).extracting(Call::sequence).containsExactly(1L, 2L);
    }

    @Test
    void concurrentAttachmentsNeverExceedTheQuotaAndVersionsNeverExceedFive() throws Exception {
        FakeIam fake = FakeIam.create();
        IamClient iam = fake.iam();
        iam.createRole(r -> r.roleName("app").assumeRolePolicyDocument(TRUST));
        String doc = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}";
        List<String> arns = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int n = i;
            arns.add(iam.createPolicy(r -> r.policyName("p" + n).policyDocument(doc)).policy().arn());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<String>> tasks = new ArrayList<>();
            for (String arn : arns) {
                tasks.add(() -> outcome(() -> iam.attachRolePolicy(r -> r.roleName("app").policyArn(arn))));
                tasks.add(() -> outcome(() -> iam.createPolicyVersion(r -> r.policyArn(arns.get(0)).policyDocument(doc))));
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(tasks)) {
                outcomes.add(f.get());
            }
            assertThat(iam.listAttachedRolePolicies(r -> r.roleName("app")).attachedPolicies()).hasSize(10);
            assertThat(iam.listPolicyVersions(r -> r.policyArn(arns.get(0))).versions()).hasSize(5);
            assertThat(outcomes.stream().filter("ok"::equals).count()).isEqualTo(10 + 4);
            assertThat(outcomes.stream().filter("LimitExceeded"::equals).count()).isEqualTo(40 - 14);
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    private static String outcome(Runnable call) {
        try {
            call.run();
            return "ok";
        } catch (AwsServiceException e) {
            return e.awsErrorDetails().errorCode();
        }
    }
}
