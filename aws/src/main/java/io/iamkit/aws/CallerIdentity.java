package io.iamkit.aws;

import io.iamkit.arn.Arn;
import java.util.Objects;

/**
 * Who the applier runs as, from STS GetCallerIdentity: the values of the spec templates
 * {@code ${AccountId}} and {@code ${Partition}}.
 */
public record CallerIdentity(String account, String partition, String arn) {

    public CallerIdentity {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(partition, "partition");
    }

    /** From GetCallerIdentity's account and ARN; the partition is the ARN's ({@code aws} when unreadable). */
    public static CallerIdentity of(String account, String arn) {
        String partition = Arn.tryParse(arn).map(Arn::partition).orElse("aws");
        return new CallerIdentity(account, partition, arn);
    }
}
