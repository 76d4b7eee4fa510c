package io.iamkit.aws;

import java.time.Duration;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;

/**
 * The SDK retry strategy iamkit recommends for the IAM client it is given: the SDK's standard
 * strategy (throttling and 5xx are retryable) with more attempts and full-jitter exponential
 * backoff, because IAM throttles account-wide and a large apply meets it.
 *
 * <pre>{@code
 * IamClient iam = IamClient.builder().region(Region.AWS_GLOBAL)
 *     .overrideConfiguration(IamkitRetry.clientOverride()).build();
 * }</pre>
 */
public final class IamkitRetry {

    /** Attempts per call, the first included. */
    public static final int MAX_ATTEMPTS = 8;

    private IamkitRetry() {
    }

    public static RetryStrategy strategy() {
        return AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .maxAttempts(MAX_ATTEMPTS)
                .backoffStrategy(BackoffStrategy.exponentialDelay(Duration.ofMillis(100), Duration.ofSeconds(20)))
                .throttlingBackoffStrategy(BackoffStrategy.exponentialDelay(Duration.ofMillis(500), Duration.ofSeconds(20)))
                // The circuit breaker would stop retrying throttles after a burst; an apply prefers to wait.
                .circuitBreakerEnabled(false)
                .build();
    }

    public static ClientOverrideConfiguration clientOverride() {
        return ClientOverrideConfiguration.builder().retryStrategy(strategy()).build();
    }
}
