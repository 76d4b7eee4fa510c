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
}
