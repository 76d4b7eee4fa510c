package io.iamkit.testkit;

import java.time.Instant;
import java.util.Objects;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;

/**
 * One call the fake answered (or refused).
 *
 * @param sequence  1-based, in the order the fake saw the calls
 * @param at        the fake's clock when the call arrived
 * @param service   {@code iam} or {@code sts}
 * @param operation the API name, such as {@code CreateRole}
 * @param account   the caller's account
 * @param kind      read or write
 * @param request   the SDK request object, with every argument
 * @param outcome   {@code ok}, or the error code ({@code NoSuchEntity}, {@code Throttling}, …)
 */
public record Call(long sequence, Instant at, String service, String operation, String account, Kind kind,
                   Object request, String outcome) {

    /** Whether a call can change IAM's state. */
    public enum Kind { READ, WRITE }

    public Call {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(outcome, "outcome");
    }

    public boolean ok() {
        return "ok".equals(outcome);
    }

    /** The value of a request member by its API name ({@code RoleName}, {@code PolicyArn}), or null. */
    public Object argument(String name) {
        if (request instanceof SdkPojo pojo) {
            for (SdkField<?> f : pojo.sdkFields()) {
                if (f.memberName().equalsIgnoreCase(name) || name.equals(f.locationName())) {
                    return f.getValueOrDefault(pojo);
                }
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "#" + sequence + " " + service + ":" + operation + " " + kind + " -> " + outcome + " " + request;
    }
}
