package io.iamkit.aws;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.SystemPropertyCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * SDK clients configured as the applier wants them, for the CLI and for programs that have no
 * clients of their own: {@link IamkitRetry}'s retry strategy, IAM's global region (the SDK's
 * default credential chain for AWS), and for an emulator endpoint
 * ({@code --endpoint http://127.0.0.1:5000}) static test keys when none are configured. The HTTP client is whichever SDK client is on the class path.
 */
public final class IamkitClients {

    private IamkitClients() {
    }

    /**
     * @param endpoint an endpoint override such as moto_server's, or null for AWS
     * @param region   a region whose partition IAM should use (such as {@code cn-north-1}), or null for the global one
     */
    public static IamClient iam(URI endpoint, String region) {
        var b = IamClient.builder().overrideConfiguration(IamkitRetry.clientOverride()).region(iamRegion(region));
        if (endpoint != null) {
            b.endpointOverride(endpoint).credentialsProvider(emulatorCredentials());
        }
        return b.build();
    }

    public static StsClient sts(URI endpoint, String region) {
        var b = StsClient.builder().overrideConfiguration(IamkitRetry.clientOverride())
                .region(region == null ? Region.US_EAST_1 : Region.of(region));
        if (endpoint != null) {
            b.endpointOverride(endpoint).credentialsProvider(emulatorCredentials());
        }
        return b.build();
    }

    private static Region iamRegion(String region) {
        if (region == null) {
            return Region.AWS_GLOBAL;
        }
        if (region.startsWith("cn-")) {
            return Region.AWS_CN_GLOBAL;
        }
        if (region.startsWith("us-gov-")) {
            return Region.AWS_US_GOV_GLOBAL;
        }
        return Region.AWS_GLOBAL;
    }

    /**
     * Keys from the environment, system properties or the profile file first, so real keys win; an
     * emulator accepts any keys otherwise. Unlike the default chain, nothing here asks the EC2
     * metadata service, so pointing at a loopback emulator never reaches for another address.
     */
    private static AwsCredentialsProvider emulatorCredentials() {
        return AwsCredentialsProviderChain.builder().reuseLastProviderEnabled(true)
                .credentialsProviders(EnvironmentVariableCredentialsProvider.create(), SystemPropertyCredentialsProvider.create(),
                        ProfileCredentialsProvider.create(),
                        StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing")))
                .build();
    }
}
