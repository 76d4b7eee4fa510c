package io.iamkit.examples;

import io.iamkit.eval.Decision;
import io.iamkit.eval.RoleSimulator;
import io.iamkit.policy.Condition;
import io.iamkit.role.Role;
import io.iamkit.role.Trust;
import io.iamkit.spec.IamSpec;
import java.util.List;
import java.util.Map;

/**
 * A data-processing role that reads one S3 prefix and writes another, and nothing more: not the
 * rest of the bucket, not deletes, not listing outside its input prefix.
 */
public final class DataProcessingExample implements Example {

    static final String BUCKET = "example-data-lake";

    @Override
    public String title() {
        return "Data processing: read raw/, write processed/, nothing more";
    }

    @Override
    public IamSpec spec(String account, String region) {
        Role role = Role.builder("data-processing")
                .path("/batch/")
                .description("Reads s3://" + BUCKET + "/raw/ and writes s3://" + BUCKET + "/processed/")
                .trust(Trust.service("ecs-tasks.amazonaws.com").sourceAccount(account))
                .inline("s3-raw-to-processed", p -> p
                        .allow("s3:ListBucket").on("arn:aws:s3:::" + BUCKET)
                        .when(Condition.stringLike("s3:prefix", "raw/*"))
                        .sid("ListRawOnly")
                        .allow("s3:GetObject").on("arn:aws:s3:::" + BUCKET + "/raw/*").sid("ReadRaw")
                        .allow("s3:PutObject").on("arn:aws:s3:::" + BUCKET + "/processed/*").sid("WriteProcessed"))
                .maxSession(java.time.Duration.ofHours(2))
                .build();
        return IamSpec.of(role);
    }

    @Override
    public List<Verdict> verdicts(IamSpec spec, String account, String region) {
        RoleSimulator sim = RoleSimulator.of(spec.roles().get(0), account);
        String objects = "arn:aws:s3:::" + BUCKET + "/";
        return List.of(
                new Verdict("reads raw/2026/12/events.json", Decision.ALLOWED, sim.request("s3:GetObject", objects + "raw/2026/12/events.json")),
                new Verdict("writes processed/2026/12/events.parquet", Decision.ALLOWED, sim.request("s3:PutObject", objects + "processed/2026/12/events.parquet")),
                new Verdict("lists raw/", Decision.ALLOWED, sim.request("s3:ListBucket", "arn:aws:s3:::" + BUCKET, Map.of("s3:prefix", List.of("raw/2026/")))),
                new Verdict("cannot list finance/", Decision.IMPLICITLY_DENIED, sim.request("s3:ListBucket", "arn:aws:s3:::" + BUCKET, Map.of("s3:prefix", List.of("finance/")))),
                new Verdict("cannot list the whole bucket", Decision.IMPLICITLY_DENIED, sim.request("s3:ListBucket", "arn:aws:s3:::" + BUCKET)),
                new Verdict("cannot overwrite raw/ input", Decision.IMPLICITLY_DENIED, sim.request("s3:PutObject", objects + "raw/2026/12/events.json")),
                new Verdict("cannot read processed/ output of others", Decision.IMPLICITLY_DENIED, sim.request("s3:GetObject", objects + "processed/other.parquet")),
                new Verdict("cannot delete processed/ output", Decision.IMPLICITLY_DENIED, sim.request("s3:DeleteObject", objects + "processed/2026/12/events.parquet")),
                new Verdict("cannot read another bucket", Decision.IMPLICITLY_DENIED, sim.request("s3:GetObject", "arn:aws:s3:::other-bucket/raw/a.json")),
                new Verdict("a prefix look-alike bucket is not matched", Decision.IMPLICITLY_DENIED,
                        sim.request("s3:GetObject", "arn:aws:s3:::" + BUCKET + "-backup/raw/a.json")));
    }

    public static void main(String[] args) {
        ExampleMain.run(new DataProcessingExample(), args);
    }
}
