package io.iamkit.arn;

import java.util.Optional;

/** An AWS partition: the first field of every ARN after {@code arn:}. */
public enum Partition {
    AWS("aws", "amazonaws.com"),
    AWS_CN("aws-cn", "amazonaws.com.cn"),
    AWS_US_GOV("aws-us-gov", "amazonaws.com");

    private final String id;
    private final String dnsSuffix;

    Partition(String id, String dnsSuffix) {
        this.id = id;
        this.dnsSuffix = dnsSuffix;
    }

    /** As written in ARNs: {@code aws}, {@code aws-cn}, {@code aws-us-gov}. */
    public String id() {
        return id;
    }

    /** The suffix of service principals in this partition, such as {@code amazonaws.com.cn}. */
    public String dnsSuffix() {
        return dnsSuffix;
    }

    public static Optional<Partition> fromId(String id) {
        for (Partition p : values()) {
            if (p.id.equals(id)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The partition of a region name such as {@code cn-north-1} or {@code us-gov-west-1}. */
    public static Partition ofRegion(String region) {
        if (region != null && region.startsWith("cn-")) {
            return AWS_CN;
        }
        if (region != null && region.startsWith("us-gov-")) {
            return AWS_US_GOV;
        }
        return AWS;
    }

    @Override
    public String toString() {
        return id;
    }
}
