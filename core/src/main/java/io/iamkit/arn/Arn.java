package io.iamkit.arn;

import io.iamkit.IamkitException;
import io.iamkit.Problem;
import java.util.Objects;
import java.util.Optional;

/**
 * An Amazon Resource Name: {@code arn:partition:service:region:account:resource}.
 *
 * <p>The partition is kept as text so that ARNs of partitions iamkit does not know still parse;
 * {@link #knownPartition()} maps it to a {@link Partition}. The resource part keeps every colon and
 * slash it contains.
 */
public record Arn(String partition, String service, String region, String account, String resource) {

    public Arn {
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(resource, "resource");
    }

    /** Parses an ARN, or throws an {@link IamkitException} that says which part is missing. */
    public static Arn parse(String text) {
        return tryParse(text).orElseThrow(() -> new IamkitException(Problem.error("arn.syntax", "",
                "\"" + text + "\" is not an ARN: expected arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE")));
    }

    public static Optional<Arn> tryParse(String text) {
        if (text == null || !text.startsWith("arn:")) {
            return Optional.empty();
        }
        String[] parts = text.split(":", 6);
        if (parts.length < 6 || parts[1].isEmpty() || parts[2].isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Arn(parts[1], parts[2], parts[3], parts[4], parts[5]));
    }

    /** An IAM ARN such as {@code arn:aws:iam::111122223333:role/service-role/app}. */
    public static Arn iam(Partition partition, String account, String resource) {
        return new Arn(partition.id(), "iam", "", account, resource);
    }

    /** {@code arn:PARTITION:iam::ACCOUNT:root}: the account as a principal. */
    public static Arn accountRoot(Partition partition, String account) {
        return iam(partition, account, "root");
    }

    /** {@code arn:PARTITION:iam::ACCOUNT:role/PATH/NAME}, path being {@code /} or {@code /a/b/}. */
    public static Arn role(Partition partition, String account, String path, String name) {
        return iam(partition, account, "role" + (path == null ? "/" : path) + name);
    }

    /** {@code arn:PARTITION:iam::ACCOUNT:policy/PATH/NAME}; the account is {@code aws} for AWS managed policies. */
    public static Arn policy(Partition partition, String account, String path, String name) {
        return iam(partition, account, "policy" + (path == null ? "/" : path) + name);
    }

    public Optional<Partition> knownPartition() {
        return Partition.fromId(partition);
    }

    /** The resource type, the text before the first {@code /} or {@code :} of the resource ({@code role}, {@code policy}, …). */
    public String resourceType() {
        int cut = indexOfEither(resource, '/', ':');
        return cut < 0 ? resource : resource.substring(0, cut);
    }

    /** The last path segment of the resource: a role's or policy's name. */
    public String resourceName() {
        int slash = resource.lastIndexOf('/');
        return slash < 0 ? resource : resource.substring(slash + 1);
    }

    private static int indexOfEither(String s, char a, char b) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == a || c == b) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return "arn:" + partition + ":" + service + ":" + region + ":" + account + ":" + resource;
    }
}
