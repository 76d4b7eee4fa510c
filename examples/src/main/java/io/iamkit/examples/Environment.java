package io.iamkit.examples;

import io.iamkit.testkit.FakeIam;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * Where an example or CLI command runs: the embedded in-memory IAM (the default, no AWS account
 * needed) or an endpoint such as moto_server or a real account.
 */
public final class Environment implements AutoCloseable {

    private final IamClient iam;
    private final StsClient sts;
    private final String description;

    private Environment(IamClient iam, StsClient sts, String description) {
        this.iam = iam;
        this.sts = sts;
        this.description = description;
    }

    /** A fresh in-memory IAM and STS. */
    public static Environment embedded() {
        FakeIam fake = FakeIam.create();
        return new Environment(fake.iam(), fake.sts(), "the embedded in-memory IAM");
    }

    /**
     * The real SDK clients against {@code endpoint}. Credentials come from the default chain; for a
     * loopback endpoint (an emulator) without configured credentials, static test keys are used.
     */
    public static Environment endpoint(URI endpoint, String region) {
        Region r = Region.of(region == null ? "us-east-1" : region);
        AwsCredentialsProvider credentials = credentialsFor(endpoint);
        IamClient iam = IamClient.builder().endpointOverride(endpoint).region(r)
                .httpClient(UrlConnectionHttpClient.create()).credentialsProvider(credentials).build();
        StsClient sts = StsClient.builder().endpointOverride(endpoint).region(r)
                .httpClient(UrlConnectionHttpClient.create()).credentialsProvider(credentials).build();
        return new Environment(iam, sts, endpoint.toString());
    }

    /**
     * The real SDK clients with AWS's own endpoints and the default credential chain: a real
     * account. IAM is global; STS is called in {@code region}.
     */
    public static Environment aws(String region) {
        Region r = Region.of(region == null ? "us-east-1" : region);
        Region iamRegion = r.id().startsWith("cn-") ? Region.AWS_CN_GLOBAL : r.id().startsWith("us-gov-") ? Region.AWS_US_GOV_GLOBAL : Region.AWS_GLOBAL;
        return new Environment(IamClient.builder().region(iamRegion).httpClient(UrlConnectionHttpClient.create()).build(),
                StsClient.builder().region(r).httpClient(UrlConnectionHttpClient.create()).build(), "AWS (" + r.id() + ")");
    }

    /**
     * From the CLI's {@code --endpoint}: none for {@link #embedded()}, {@code aws} for {@link #aws},
     * else {@link #endpoint} with that URL.
     */
    public static Environment of(URI endpointOrNull, String region) {
        if (endpointOrNull == null) {
            return embedded();
        }
        if (endpointOrNull.toString().equals(AWS)) {
            return aws(region);
        }
        return endpoint(endpointOrNull, region);
    }

    /** The {@code --endpoint} value that means AWS's own endpoints. */
    public static final String AWS = "aws";

    private static AwsCredentialsProvider credentialsFor(URI endpoint) {
        boolean configured = System.getenv("AWS_ACCESS_KEY_ID") != null || System.getenv("AWS_PROFILE") != null
                || System.getProperty("aws.accessKeyId") != null;
        if (!configured && isLoopback(endpoint)) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing"));
        }
        return DefaultCredentialsProvider.builder().build();
    }

    private static boolean isLoopback(URI endpoint) {
        try {
            return endpoint.getHost() != null && InetAddress.getByName(endpoint.getHost()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    public IamClient iam() {
        return iam;
    }

    public StsClient sts() {
        return sts;
    }

    /** For output: "the embedded in-memory IAM" or the endpoint URL. */
    public String description() {
        return description;
    }

    @Override
    public void close() {
        iam.close();
        sts.close();
    }
}
