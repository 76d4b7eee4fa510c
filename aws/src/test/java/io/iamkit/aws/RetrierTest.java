package io.iamkit.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iamkit.testkit.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

class RetrierTest {

    private final MutableClock clock = MutableClock.fixed();
    private final List<Duration> waits = new ArrayList<>();

    private Retrier retrier(int attempts) {
        return new Retrier(RetryPolicy.builder().maxAttempts(attempts).baseDelay(Duration.ofMillis(100)).maxDelay(Duration.ofSeconds(1))
                .clock(clock).sleeper(d -> {
                    waits.add(d);
                    clock.advance(d);
                }).build());
    }

    private static AwsServiceException error(String code, int status, String message) {
        return AwsServiceException.builder().statusCode(status)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(message).build()).build();
    }

    @Test
    void transientFailuresAreRetriedWithJitteredBackoffUnderTheCeiling() {
        AtomicInteger calls = new AtomicInteger();
        String result = retrier(8).call(() -> {
            if (calls.incrementAndGet() < 6) {
                throw error(calls.get() % 2 == 0 ? "Throttling" : "ServiceFailure", calls.get() % 2 == 0 ? 400 : 500, "x");
            }
            return "ok";
        });
        assertThat(result).isEqualTo("ok");
        assertThat(waits).hasSize(5);
        for (int i = 0; i < waits.size(); i++) {
            long ceiling = Math.min(100L << i, 1000);
            assertThat(waits.get(i)).isBetween(Duration.ZERO, Duration.ofMillis(ceiling));
        }
    }

    @Test
    void aFailureTheSdkClientAlreadyRetriedIsNotRetriedAgain() {
        // The SDK's own strategy made 8 attempts; 8 more rounds of 8 turned a refused connection
        // into a minute's wait.
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> retrier(8).call(() -> {
            calls.incrementAndGet();
            throw software.amazon.awssdk.core.exception.SdkClientException.builder().message("Connection refused")
                    .cause(new java.net.ConnectException("Connection refused")).numAttempts(8).build();
        })).hasMessageContaining("Connection refused");
        assertThat(calls.get()).isEqualTo(1);
        assertThat(waits).isEmpty();
        // Without a client retry count (an in-memory fake), iamkit retries as before.
        AtomicInteger fakeCalls = new AtomicInteger();
        assertThatThrownBy(() -> retrier(3).call(() -> {
            fakeCalls.incrementAndGet();
            throw software.amazon.awssdk.core.exception.SdkClientException.builder().message("Connection reset")
                    .cause(new java.io.IOException("Connection reset")).build();
        }));
        assertThat(fakeCalls.get()).isEqualTo(3);
    }

    @Test
    void transientRetriesStopAtMaxAttempts() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> retrier(3).call(() -> {
            calls.incrementAndGet();
            throw error("Throttling", 400, "Rate exceeded");
        })).hasMessageContaining("Rate exceeded");
        assertThat(calls.get()).isEqualTo(3);
    }

    @Test
    void otherFailuresAreNotRetried() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> retrier(8).call(() -> {
            calls.incrementAndGet();
            throw error("MalformedPolicyDocument", 400, "Has prohibited field Resource");
        })).isInstanceOf(AwsServiceException.class);
        assertThat(calls.get()).isEqualTo(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void propagationIsRetriedForTheConsistencyTimeoutOnly() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> retrier(8).call(() -> {
            calls.incrementAndGet();
            throw error("MalformedPolicyDocument", 400, "Invalid principal in policy: \"AWS\":\"arn:aws:iam::1:role/x\"");
        })).isInstanceOf(AwsServiceException.class);
        assertThat(calls.get()).isEqualTo(121);
        assertThat(waits).allMatch(d -> d.equals(Duration.ofSeconds(1)));
    }

    @Test
    void noSuchEntityIsPropagationOnlyForSomethingJustCreated() {
        AtomicInteger calls = new AtomicInteger();
        String r = retrier(8).call(() -> {
            if (calls.incrementAndGet() < 4) {
                throw error("NoSuchEntity", 404, "The role with name app cannot be found.");
            }
            return "seen";
        }, true, Retrier.DoneCheck.NEVER);
        assertThat(r).isEqualTo("seen");
        assertThatThrownBy(() -> retrier(8).call(() -> {
            throw error("NoSuchEntity", 404, "The role with name app cannot be found.");
        })).isInstanceOf(AwsServiceException.class);
    }

    @Test
    void aFailureThatMeansDoneEndsTheCall() {
        Object r = retrier(8).call(() -> {
            throw error("NoSuchEntity", 404, "Policy ARN was not found.");
        }, false, e -> Failures.noSuchEntity(e));
        assertThat(r).isNull();
    }

    @Test
    void lineDiffKeepsCommonLinesAndMarksTheRest() {
        assertThat(LineDiff.diff(List.of("a", "b", "c"), List.of("a", "x", "c", "d")))
                .containsExactly("  a", "- b", "+ x", "  c", "+ d");
    }
}
