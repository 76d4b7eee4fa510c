package io.iamkit.role;

import io.iamkit.arn.Arn;
import io.iamkit.arn.Partition;

/**
 * ARNs of managed policies, for {@link Role.Builder#attach(String)}.
 *
 * <pre>{@code
 * .attach(ManagedPolicies.aws("service-role/AmazonECSTaskExecutionRolePolicy"))
 * }</pre>
 * The documents themselves are in {@link io.iamkit.catalog.AwsManagedPolicies}.
 */
public final class ManagedPolicies {

    private ManagedPolicies() {
    }

    /**
     * The ARN of an AWS managed policy in the {@code aws} partition, from its path and name
     * ({@code "service-role/AmazonECSTaskExecutionRolePolicy"}, {@code "ReadOnlyAccess"}).
     */
    public static String aws(String pathAndName) {
        return aws(Partition.AWS, pathAndName);
    }

    public static String aws(Partition partition, String pathAndName) {
        String trimmed = pathAndName.startsWith("/") ? pathAndName.substring(1) : pathAndName;
        return Arn.iam(partition, "aws", "policy/" + trimmed).toString();
    }

    /** The ARN of a customer managed policy in an account. */
    public static String customer(Partition partition, String account, String path, String name) {
        return Arn.policy(partition, account, path, name).toString();
    }
}
