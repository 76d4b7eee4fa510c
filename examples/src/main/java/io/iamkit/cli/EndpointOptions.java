package io.iamkit.cli;

import java.net.URI;
import picocli.CommandLine.Option;

/** {@code --endpoint} and {@code --region}, shared by the commands that talk to IAM. */
final class EndpointOptions {

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "IAM/STS endpoint: a URL such as moto_server's, or 'aws' for AWS itself (default credential chain). Without it, the embedded in-memory IAM is used.")
    URI endpoint;

    @Option(names = "--region", paramLabel = "R", defaultValue = "us-east-1",
            description = "Region for the SDK clients (default: ${DEFAULT-VALUE}).")
    String region;
}
