package io.iamkit.testkit.internal;

import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.iam.model.ConcurrentModificationException;
import software.amazon.awssdk.services.iam.model.DeleteConflictException;
import software.amazon.awssdk.services.iam.model.EntityAlreadyExistsException;
import software.amazon.awssdk.services.iam.model.IamException;
import software.amazon.awssdk.services.iam.model.InvalidInputException;
import software.amazon.awssdk.services.iam.model.LimitExceededException;
import software.amazon.awssdk.services.iam.model.MalformedPolicyDocumentException;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.iam.model.ServiceFailureException;
import software.amazon.awssdk.services.sts.model.StsException;

/**
 * The errors the fake throws: the SDK's own exception types, with the code, HTTP status, message and
 * service name the SDK itself would put there after unmarshalling AWS's answer.
 */
public final class Errors {

    private Errors() {
    }

    public static AwsServiceException iam(String code, String message) {
        int status = statusOf(code);
        AwsServiceException.Builder b = switch (code) {
            case "NoSuchEntity" -> NoSuchEntityException.builder();
            case "EntityAlreadyExists" -> EntityAlreadyExistsException.builder();
            case "DeleteConflict" -> DeleteConflictException.builder();
            case "LimitExceeded" -> LimitExceededException.builder();
            case "MalformedPolicyDocument" -> MalformedPolicyDocumentException.builder();
            case "InvalidInput" -> InvalidInputException.builder();
            case "ServiceFailure" -> ServiceFailureException.builder();
            case "ConcurrentModification" -> ConcurrentModificationException.builder();
            default -> IamException.builder();
        };
        return fill(b, "Iam", code, status, message);
    }

    public static AwsServiceException sts(String code, String message) {
        return fill(StsException.builder(), "Sts", code, statusOf(code), message);
    }

    private static AwsServiceException fill(AwsServiceException.Builder b, String service, String code, int status, String message) {
        // AWS-shaped (a UUID) and derived from the error alone: the same run gives the same messages,
        // as determinism with a seed promises; nothing relies on request ids being unique.
        String requestId = java.util.UUID.nameUUIDFromBytes((service + ":" + code + ":" + message).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
        return b.message(message)
                .statusCode(status)
                .requestId(requestId)
                .awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode(code)
                        .errorMessage(message)
                        .serviceName(service)
                        .sdkHttpResponse(SdkHttpResponse.builder().statusCode(status).build())
                        .build())
                .build();
    }

    /** AWS's HTTP status for an error code. */
    public static int statusOf(String code) {
        return switch (code) {
            case "NoSuchEntity", "MalformedQueryString" -> 404;
            case "EntityAlreadyExists", "DeleteConflict", "LimitExceeded", "ConcurrentModification" -> 409;
            case "AccessDenied", "ExpiredToken" -> 403;
            case "ServiceFailure", "InternalFailure" -> 500;
            case "RequestEntityTooLarge" -> 413;
            case "NotSupportedByFake" -> 501;
            default -> 400;
        };
    }

    /** True for codes AWS's query protocol marks {@code Receiver} (the service's fault). */
    public static boolean receiverFault(String code) {
        return statusOf(code) >= 500;
    }

    public static AwsServiceException noSuchRole(String name) {
        return iam("NoSuchEntity", "The role with name " + name + " cannot be found.");
    }

    public static AwsServiceException noSuchRolePolicy(String name) {
        return iam("NoSuchEntity", "The role policy with name " + name + " cannot be found.");
    }

    public static AwsServiceException noSuchPolicy(String arn) {
        return iam("NoSuchEntity", "Policy " + arn + " was not found.");
    }

    public static AwsServiceException notAttachable(String arn) {
        return iam("NoSuchEntity", "Policy " + arn + " does not exist or is not attachable.");
    }

    public static AwsServiceException noSuchInstanceProfile(String name) {
        return iam("NoSuchEntity", "Instance Profile " + name + " cannot be found.");
    }

    public static AwsServiceException malformed(String message) {
        return iam("MalformedPolicyDocument", message);
    }

    public static AwsServiceException limit(String message) {
        return iam("LimitExceeded", message);
    }

    public static AwsServiceException conflict(String message) {
        return iam("DeleteConflict", message);
    }

    /** {@code ValidationError} in the form AWS's request validation writes it. */
    public static AwsServiceException validation(String message) {
        return iam("ValidationError", message);
    }

    /** A required member left out: AWS's request validation names it, with {@code null} unquoted. */
    public static AwsServiceException required(String member) {
        return validation("1 validation error detected: Value null at '" + member + "' failed to satisfy constraint: Member must not be null");
    }

    public static AwsServiceException constraint(String value, String member, String constraint) {
        return validation("1 validation error detected: Value '" + value + "' at '" + member
                + "' failed to satisfy constraint: " + constraint);
    }

    public static AwsServiceException invalidInput(String message) {
        return iam("InvalidInput", message);
    }
}
