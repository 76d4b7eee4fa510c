package io.iamkit.bench;

import io.iamkit.testkit.FakeIam;
import io.iamkit.testkit.moto.MotoServer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;

/**
 * IAM operations per second through the SDK's {@link IamClient} interface: in process against
 * {@link FakeIam}, and over HTTP against moto_server, the same operations on the same state.
 *
 * <pre>
 * mvn -B -o -q -Pbench -pl bench -am package -DskipTests
 * java -jar bench/target/benchmarks.jar FakeIamBenchmark -f 1 -wi 3 -w 2s -i 5 -r 3s
 * </pre>
 *
 * {@code getRole} reads one role; {@code inlinePolicyCycle} writes, reads and deletes an inline
 * policy (three operations per invocation); {@code listRoles} lists a page of 20 roles.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FakeIamBenchmark {

    static final String TRUST = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"Service\":\"ecs-tasks.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";
    static final String POLICY = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::b/*\"}]}";

    /** {@code fake}: in process; {@code moto}: moto_server over HTTP on 127.0.0.1. */
    @Param({"fake", "moto"})
    public String target;

    private MotoServer moto;
    private IamClient iam;

    @Setup(Level.Trial)
    public void setUp() {
        if (target.equals("moto")) {
            moto = MotoServer.start();
            iam = IamClient.builder().endpointOverride(moto.endpoint()).region(Region.US_EAST_1)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing")))
                    .httpClient(UrlConnectionHttpClient.create()).build();
        } else {
            iam = FakeIam.create().iam();
        }
        for (int i = 0; i < 20; i++) {
            int n = i;
            iam.createRole(r -> r.roleName("bench-" + n).assumeRolePolicyDocument(TRUST));
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        iam.close();
        if (moto != null) {
            moto.close();
        }
    }

    @Benchmark
    public Object getRole() {
        return iam.getRole(r -> r.roleName("bench-7"));
    }

    @Benchmark
    public void inlinePolicyCycle(Blackhole bh) {
        iam.putRolePolicy(r -> r.roleName("bench-3").policyName("p").policyDocument(POLICY));
        bh.consume(iam.getRolePolicy(r -> r.roleName("bench-3").policyName("p")));
        iam.deleteRolePolicy(r -> r.roleName("bench-3").policyName("p"));
    }

    @Benchmark
    public Object listRoles() {
        return iam.listRoles(r -> r.maxItems(20));
    }
}
