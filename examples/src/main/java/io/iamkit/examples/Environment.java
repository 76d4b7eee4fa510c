package io.iamkit.examples;

import io.iamkit.aws.IamkitClients;
import io.iamkit.testkit.FakeIam;
import java.net.URI;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * Where an example or CLI command runs: the embedded in-memory IAM (the default, no AWS account
 * needed) or an endpoint such as moto_server or a real account.
 */
public final class Environment implements AutoCloseable {

    /** The {@code --endpoint} value that means AWS's own endpoints. */
    public static final String AWS = "aws";

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
     * The real SDK clients against {@code endpoint} (moto_server, {@code iamkit serve}), configured
     * by {@link IamkitClients}: configured credentials win, else static test keys.
     */
    public static Environment endpoint(URI endpoint, String region) {
        return new Environment(IamkitClients.iam(endpoint, region), IamkitClients.sts(endpoint, region), endpoint.toString());
    }

    /**
     * The real SDK clients with AWS's own endpoints and the default credential chain: a real
     * account. IAM is global; STS is called in {@code region}.
     */
    public static Environment aws(String region) {
        return new Environment(IamkitClients.iam(null, region), IamkitClients.sts(null, region), "AWS (" + region + ")");
    }

    /**
     * From the CLI's {@code --endpoint}: none for {@link #embedded()}, {@code aws} for {@link #aws},
     * else {@link #endpoint} with that URL.
     *
     * @throws IllegalArgumentException when the endpoint is neither {@code aws} nor an http(s) URL
     */
    public static Environment of(URI endpointOrNull, String region) {
        if (endpointOrNull == null) {
            return embedded();
        }
        if (endpointOrNull.toString().equals(AWS)) {
            return aws(region);
        }
        String scheme = endpointOrNull.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) || endpointOrNull.getHost() == null) {
            // The SDK's own complaint ("The URI scheme of endpointOverride must not be null") names no fix.
            throw new IllegalArgumentException("--endpoint " + endpointOrNull + " is not an http(s) URL: give one such as"
                    + " http://127.0.0.1:5000, or 'aws' for AWS itself");
        }
        return endpoint(endpointOrNull, region);
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
