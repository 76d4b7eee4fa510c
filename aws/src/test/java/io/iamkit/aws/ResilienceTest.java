package io.iamkit.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iamkit.json.PolicyJson;
import io.iamkit.role.Role;
import io.iamkit.role.Trust;
import io.iamkit.spec.IamSpec;
import io.iamkit.testkit.Faults;
import io.iamkit.testkit.SimulatedCrash;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ResilienceTest {

    @Test
    void throttlingIsRetriedWithBackoffOnTheInjectedClock() {
        FakeAccount account = new FakeAccount(Faults.of(f -> f.failNext("CreateRole", "Throttling", 3)));
        Instant before = account.clock.instant();

        ApplyResult r = account.applier().apply(Specs.full());

        assertThat(account.fake.callLog().count("CreateRole")).isEqualTo(2 + 3);
        assertThat(r.calls().of("CreateRole")).isEqualTo(5);
        assertThat(account.applier().plan(Specs.full()).changes()).isEmpty();
        assertThat(account.clock.instant()).as("backoff waited on the fake clock").isAfterOrEqualTo(before);
    }

    @Test
    void serverErrorsAndConcurrentModificationAreRetried() {
        FakeAccount account = new FakeAccount(Faults.of(f -> f.failNext("PutRolePolicy", "ServiceFailure", 2)
                .failNext("AttachRolePolicy", "ConcurrentModification", 3)));

        account.applier().apply(Specs.full());

        assertThat(account.applier().plan(Specs.full()).changes()).isEmpty();
    }

    @Test
    void invalidPrincipalIsRetriedUntilThePrincipalIsVisible() {
        FakeAccount account = new FakeAccount();
        AtomicBoolean created = new AtomicBoolean();
        AtomicInteger waits = new AtomicInteger();
        RetryPolicy retries = account.retries().toBuilder().sleeper(d -> {
            account.clock.advance(d);
            // The trusted role "appears" while the applier waits, as it would once IAM propagates it.
            if (waits.incrementAndGet() == 3 && created.compareAndSet(false, true)) {
                account.fake.iam().createRole(b -> b.roleName("caller")
                        .assumeRolePolicyDocument(PolicyJson.write(Trust.service("ec2.amazonaws.com").toPolicy())));
            }
        }).build();
        Role target = Role.builder("target").trust(Trust.principals("arn:aws:iam::123456789012:role/caller")).build();

        ApplyResult r = account.applier(b -> b.retryPolicy(retries)).apply(IamSpec.of(target));

        assertThat(r.done()).extracting(Change::operation).containsExactly("CreateRole");
        assertThat(account.fake.callLog().calls("CreateRole")).extracting(c -> c.outcome())
                .containsExactly("MalformedPolicyDocument", "MalformedPolicyDocument", "MalformedPolicyDocument", "ok", "ok");
    }

    @Test
    void aTrustedRoleDeclaredLaterIsCreatedFirst() {
        FakeAccount account = new FakeAccount();
        Role deployer = Role.builder("deployer").trust(Trust.principals("arn:aws:iam::123456789012:role/ci")).build();
        Role ci = Role.builder("ci").trust(Trust.principals("arn:aws:iam::123456789012:role/runner")).build();
        Role runner = Role.builder("runner").trust(Trust.service("ec2.amazonaws.com")).build();

        ApplyResult r = account.applier(b -> b.parallelism(3)).apply(IamSpec.of(deployer, ci, runner));

        assertThat(account.fake.callLog().calls("CreateRole")).extracting(c -> c.outcome()).containsOnly("ok");
        assertThat(account.fake.callLog().calls("CreateRole")).extracting(c -> c.argument("RoleName"))
                .containsExactly("runner", "ci", "deployer");
        assertThat(r.done()).hasSize(3);
    }

    @Test
    void givingUpOnAnInvalidPrincipalIsBoundedAndSaysWhatWasDone() {
        FakeAccount account = new FakeAccount();
        Role target = Role.builder("target").trust(Trust.principals("arn:aws:iam::123456789012:role/nobody")).build();
        Instant start = account.clock.instant();

        assertThatThrownBy(() -> account.applier().apply(IamSpec.of(Specs.worker(), target)))
                .isInstanceOfSatisfying(ApplyFailedException.class, e -> {
                    assertThat(e.done()).extracting(Change::operation).containsExactly("CreateRole", "PutRolePolicy");
                    assertThat(e.failed()).isInstanceOf(Change.CreateRole.class);
                    assertThat(e.getMessage()).contains("Invalid principal", "Done (2)", "Apply the same spec again");
                });
        Duration waited = Duration.between(start, account.clock.instant());
        assertThat(waited).isBetween(Duration.ofMinutes(2), Duration.ofMinutes(3));
    }

    @Test
    void givingUpOnServerErrorsListsWhatWasAndWasNotDoneAndTheNextApplyFinishes() {
        FakeAccount account = new FakeAccount(Faults.of(f -> f.failNext("PutRolePolicy", "ServiceFailure", 100)));
        IamApplier impatient = account.applier(b -> b.retryPolicy(account.retries().toBuilder().maxAttempts(3).build()));

        assertThatThrownBy(() -> impatient.apply(Specs.full()))
                .isInstanceOfSatisfying(ApplyFailedException.class, e -> {
                    assertThat(e.done()).extracting(Change::operation)
                            .containsExactly("CreatePolicy", "CreatePolicy", "CreateRole", "AttachRolePolicy", "AttachRolePolicy");
                    assertThat(e.failed()).isInstanceOf(Change.PutInlinePolicy.class);
                    assertThat(e.notDone()).extracting(Change::summary).containsExactly("add inline policy secrets");
                    assertThat(e.notStarted()).containsExactly("role/worker");
                    assertThat(e.getMessage()).contains("Not done (2)", "Not read yet: [role/worker]");
                });

        account.fake.faults(Faults.NONE);
        ApplyResult r = account.applier().apply(Specs.full());
        assertThat(r.done()).extracting(Change::operation).containsExactly("PutRolePolicy", "PutRolePolicy", "CreateRole", "PutRolePolicy");
        assertThat(account.applier().plan(Specs.full()).changes()).isEmpty();
    }

    @Test
    void aCrashAfterAnyCallConvergesOnTheNextApply() {
        for (int crashAt = 1; crashAt <= 20; crashAt++) {
            FakeAccount account = new FakeAccount();
            long n = crashAt;
            account.fake.faults(f -> f.crashAfterCall(n));
            try {
                account.applier().apply(Specs.full());
            } catch (ApplyFailedException e) {
                assertThat(e.getCause()).isInstanceOf(SimulatedCrash.class);
            }
            account.fake.faults(Faults.NONE);
            account.applier().apply(Specs.full());
            assertThat(account.applier().plan(Specs.full()).changes()).as("crash after call " + crashAt).isEmpty();
        }
    }

    @Test
    void staleReadsAfterCreateAreWaitedOut() {
        FakeAccount account = new FakeAccount(Faults.of(f -> f.eventualConsistency(3, Duration.ofSeconds(4))));
        account.applier().apply(Specs.full());
        // The second apply reads entities the first created, while they are still invisible.
        account.applier().apply(Specs.full());
        account.fake.faults(Faults.NONE);
        assertThat(account.applier().plan(Specs.full()).changes()).isEmpty();
    }

    @Test
    void aMissingPolicyAttachedToANewRoleFailsAtOnceInsteadOfWaitingOutTheConsistencyTimeout() {
        FakeAccount account = new FakeAccount();
        Instant before = account.clock.instant();
        Role role = Role.builder("app").trust(Trust.service("lambda.amazonaws.com"))
                .attach("arn:aws:iam::123456789012:policy/typo").build();

        assertThatThrownBy(() -> account.applier().apply(IamSpec.of(role)))
                .isInstanceOfSatisfying(ApplyFailedException.class, e -> {
                    assertThat(e.failed()).isInstanceOf(Change.AttachPolicy.class);
                    assertThat(e.done()).extracting(Change::operation).containsExactly("CreateRole");
                });
        // A NoSuchEntity naming the policy is an answer, not the new role propagating.
        assertThat(account.fake.callLog().count("AttachRolePolicy")).isEqualTo(1);
        assertThat(account.clock.instant()).isEqualTo(before);
    }

    @Test
    void aNewRoleNotYetVisibleToAttachIsStillWaitedFor() {
        FakeAccount account = new FakeAccount();
        Role role = Role.builder("app").trust(Trust.service("lambda.amazonaws.com"))
                .attach("arn:aws:iam::aws:policy/ReadOnlyAccess").build();
        java.util.function.Supplier<RuntimeException> roleMissing = () -> (RuntimeException) software.amazon.awssdk.services.iam.model
                .NoSuchEntityException.builder().statusCode(404).awsErrorDetails(software.amazon.awssdk.awscore.exception.AwsErrorDetails
                        .builder().errorCode("NoSuchEntity").errorMessage("The role with name app cannot be found.").build()).build();
        AtomicInteger attaches = new AtomicInteger();
        software.amazon.awssdk.services.iam.IamClient flaky = (software.amazon.awssdk.services.iam.IamClient) java.lang.reflect.Proxy
                .newProxyInstance(getClass().getClassLoader(), new Class<?>[] {software.amazon.awssdk.services.iam.IamClient.class},
                        (proxy, method, args) -> {
                            if (method.getName().equals("attachRolePolicy") && attaches.incrementAndGet() <= 2) {
                                throw roleMissing.get();
                            }
                            try {
                                return method.invoke(account.fake.iam(), args);
                            } catch (java.lang.reflect.InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });

        ApplyResult r = account.applier(b -> b.iam(flaky)).apply(IamSpec.of(role));

        assertThat(r.done()).extracting(Change::operation).containsExactly("CreateRole", "AttachRolePolicy");
        assertThat(attaches.get()).isEqualTo(3);
    }

    @Test
    void everyChangeThatFailedInParallelIsReported() {
        // Two roles fail at the same moment on two threads: the report once kept only the first,
        // and the other's change (which may have taken effect) was in no list at all.
        FakeAccount account = new FakeAccount();
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
        software.amazon.awssdk.services.iam.IamClient failing = (software.amazon.awssdk.services.iam.IamClient) java.lang.reflect.Proxy
                .newProxyInstance(getClass().getClassLoader(), new Class<?>[] {software.amazon.awssdk.services.iam.IamClient.class},
                        (proxy, method, args) -> {
                            if (method.getName().equals("putRolePolicy")) {
                                together.await(30, java.util.concurrent.TimeUnit.SECONDS);
                                throw software.amazon.awssdk.services.iam.model.LimitExceededException.builder().statusCode(409)
                                        .awsErrorDetails(software.amazon.awssdk.awscore.exception.AwsErrorDetails.builder()
                                                .errorCode("LimitExceeded").errorMessage("Maximum policy size exceeded").build()).build();
                            }
                            try {
                                return method.invoke(account.fake.iam(), args);
                            } catch (java.lang.reflect.InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
        IamSpec spec = IamSpec.of(
                Role.builder("a").trust(Trust.service("lambda.amazonaws.com")).inline("p", p -> p.allow("s3:GetObject").on("*")).build(),
                Role.builder("b").trust(Trust.service("lambda.amazonaws.com")).inline("p", p -> p.allow("s3:GetObject").on("*")).build());

        assertThatThrownBy(() -> account.applier(b -> b.iam(failing).parallelism(2)).apply(spec))
                .isInstanceOfSatisfying(ApplyFailedException.class, e -> {
                    assertThat(e.done()).extracting(Change::operation).containsExactly("CreateRole", "CreateRole");
                    assertThat(e.failed()).isInstanceOf(Change.PutInlinePolicy.class);
                    assertThat(e.alsoFailed()).singleElement().isInstanceOf(Change.PutInlinePolicy.class);
                    assertThat(List.of(e.failed().target(), e.alsoFailed().get(0).target())).containsExactlyInAnyOrder("role/a", "role/b");
                    assertThat(e.getMessage()).contains("also failed");
                });
    }

    @Test
    void anInterruptedApplyIsReportedAsIncompleteNotAsSuccess() {
        // The caller's thread is interrupted while the workers run: the apply once returned an
        // ApplyResult as if it had finished, with the roles it never reached silently missing.
        FakeAccount account = new FakeAccount();
        java.util.concurrent.CountDownLatch never = new java.util.concurrent.CountDownLatch(1);
        ProgressListener interrupting = new ProgressListener() {
            @Override
            public void started(int units) {
                Thread.currentThread().interrupt();
            }

            @Override
            public void planned(String target, List<Change> changes) {
                // Workers hold here until the interrupted caller stops them.
                try {
                    never.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        IamSpec spec = IamSpec.of(Role.builder("a").trust(Trust.service("lambda.amazonaws.com")).build(),
                Role.builder("b").trust(Trust.service("lambda.amazonaws.com")).build());
        try {
            assertThatThrownBy(() -> account.applier(b -> b.parallelism(2).listener(interrupting)).apply(spec))
                    .isInstanceOfSatisfying(ApplyFailedException.class, e -> {
                        assertThat(e.getCause()).isInstanceOf(InterruptedException.class);
                        assertThat(e.getMessage()).contains("apply stopped: interrupted");
                        assertThat(e.done()).isEmpty();
                        // each role is either planned and not done, or never started
                        assertThat(e.notDone().size() + e.notStarted().size()).isEqualTo(2);
                    });
            assertThat(Thread.currentThread().isInterrupted()).as("the interrupt is kept for the caller").isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void inParallelTheFailureReportedIsTheOneThatHappened() {
        FakeAccount account = new FakeAccount(Faults.of(f -> f.failNext("PutRolePolicy", "LimitExceeded", 1)));
        IamSpec.Builder spec = IamSpec.builder();
        for (int i = 0; i < 6; i++) {
            spec.role(Role.builder("r" + i).trust(Trust.service("lambda.amazonaws.com"))
                    .inline("p", p -> p.allow("s3:GetObject").on("*")).build());
        }

        assertThatThrownBy(() -> account.applier(b -> b.parallelism(3)).apply(spec.build()))
                .isInstanceOfSatisfying(ApplyFailedException.class, e -> {
                    assertThat(e.failed()).isInstanceOf(Change.PutInlinePolicy.class);
                    assertThat(e.getCause()).hasMessageContaining("injected LimitExceeded");
                    assertThat(e.done().size() + e.notDone().size() + 1 + 2 * e.notStarted().size()).isEqualTo(12);
                });
        account.fake.faults(Faults.NONE);
        account.applier(b -> b.parallelism(3)).apply(spec.build());
        assertThat(account.applier().plan(spec.build()).changes()).isEmpty();
    }

    @Test
    void aRoleHiddenByAStaleReadIsPlannedAgainWhenCreateFindsIt() {
        FakeAccount account = new FakeAccount(Faults.of(f -> f.eventualConsistency(2, Duration.ZERO)));
        account.fake.iam().createRole(b -> b.roleName("svc").description("by hand")
                .assumeRolePolicyDocument(PolicyJson.write(Trust.service("lambda.amazonaws.com").toPolicy())));
        Role declared = Role.builder("svc").description("declared").trust(Trust.service("lambda.amazonaws.com")).build();

        ApplyResult r = account.applier().apply(IamSpec.of(declared));

        assertThat(account.fake.callLog().calls("CreateRole")).extracting(c -> c.outcome()).containsExactly("ok", "EntityAlreadyExists");
        assertThat(r.done()).extracting(Change::operation).containsExactly("UpdateRole");
        assertThat(account.fake.iam().getRole(b -> b.roleName("svc")).role().description()).isEqualTo("declared");
    }

    @Test
    void manyRolesInParallelReportProgress() {
        FakeAccount account = new FakeAccount(Faults.of(f -> f.seed(3).throttlingRate(0.1)));
        IamSpec.Builder spec = IamSpec.builder();
        for (int i = 0; i < 12; i++) {
            spec.role(Role.builder("r" + i).trust(Trust.service("lambda.amazonaws.com"))
                    .inline("p", p -> p.allow("s3:GetObject").on("*")).build());
        }
        List<Change> applied = Collections.synchronizedList(new ArrayList<>());
        List<String> finished = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger units = new AtomicInteger();
        ProgressListener listener = new ProgressListener() {
            @Override
            public void started(int n) {
                units.set(n);
            }

            @Override
            public void applied(Change change) {
                applied.add(change);
            }

            @Override
            public void finished(String target) {
                finished.add(target);
            }
        };

        ApplyResult r = account.applier(b -> b.parallelism(4).listener(listener)).apply(spec.build());

        assertThat(units.get()).isEqualTo(12);
        assertThat(finished).hasSize(12).doesNotHaveDuplicates();
        assertThat(applied).hasSize(24).containsExactlyInAnyOrderElementsOf(r.done());
        assertThat(r.done()).hasSize(24);
        account.fake.faults(Faults.NONE);
        assertThat(account.applier(b -> b.parallelism(4)).plan(spec.build()).changes()).isEmpty();
    }
}
