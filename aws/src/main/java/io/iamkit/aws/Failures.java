package io.iamkit.aws;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.exception.SdkServiceException;

/** Classifies what IAM (or the client) threw, by error code rather than class, so that any client works. */
final class Failures {

    private static final Set<String> THROTTLING = Set.of("throttling", "throttlingexception", "requestlimitexceeded",
            "toomanyrequestsexception", "slowdown");

    private Failures() {
    }

    static String code(Throwable e) {
        if (e instanceof AwsServiceException a && a.awsErrorDetails() != null && a.awsErrorDetails().errorCode() != null) {
            return a.awsErrorDetails().errorCode();
        }
        return "";
    }

    static String message(Throwable e) {
        if (e instanceof AwsServiceException a && a.awsErrorDetails() != null && a.awsErrorDetails().errorMessage() != null) {
            return a.awsErrorDetails().errorMessage();
        }
        return String.valueOf(e.getMessage());
    }

    static boolean is(Throwable e, String code) {
        return code.equalsIgnoreCase(code(e));
    }

    static boolean noSuchEntity(Throwable e) {
        return is(e, "NoSuchEntity") || e instanceof software.amazon.awssdk.services.iam.model.NoSuchEntityException;
    }

    /**
     * True when a NoSuchEntity names the role ("The role with name X cannot be found."), as opposed
     * to a policy or scope ARN ("Policy ARN does not exist or is not attachable.").
     */
    static boolean missingRole(Throwable e) {
        return message(e).toLowerCase(Locale.ROOT).contains("role with name");
    }

    static boolean alreadyExists(Throwable e) {
        return is(e, "EntityAlreadyExists") || e instanceof software.amazon.awssdk.services.iam.model.EntityAlreadyExistsException;
    }

    /** Throttling, HTTP 5xx, or an I/O failure: worth the same call again after a backoff. */
    static boolean isTransient(Throwable e) {
        if (e instanceof SdkServiceException s) {
            return s.isThrottlingException() || s.statusCode() >= 500 || THROTTLING.contains(code(e).toLowerCase(Locale.ROOT));
        }
        if (e instanceof SdkClientException) {
            for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
                if (c instanceof IOException || c instanceof UncheckedIOException) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when the SDK client already retried this call (its own retry strategy gave up after
     * several attempts). Retrying it again would multiply the attempts, and the wait, of a
     * failure that is not going away: a refused connection took about a minute to report.
     */
    static boolean retriedByClient(Throwable e) {
        return e instanceof SdkException s && s.numAttempts() != null && s.numAttempts() > 1;
    }

    /** IAM's eventual consistency: a principal or entity created moments ago is not visible everywhere yet. */
    static boolean isPropagation(Throwable e) {
        if (is(e, "ConcurrentModification") || e instanceof software.amazon.awssdk.services.iam.model.ConcurrentModificationException) {
            return true;
        }
        return (is(e, "MalformedPolicyDocument") || e instanceof software.amazon.awssdk.services.iam.model.MalformedPolicyDocumentException)
                && message(e).toLowerCase(Locale.ROOT).contains("invalid principal");
    }
}
