package io.iamkit.role;

import io.iamkit.arn.Arn;
import io.iamkit.arn.Partition;
import io.iamkit.policy.PolicyDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A customer managed policy as declared: the properties of CloudFormation's
 * {@code AWS::IAM::ManagedPolicy} that IAM stores.
 *
 * @param name        1–128 characters of {@code [\w+=,.@-]}
 * @param path        {@code /} or {@code /a/b/}
 * @param description up to 1,000 characters, or null; IAM cannot change it after creation
 * @param document    the default version's document
 * @param tags        in the order declared; unmodifiable
 */
public record ManagedPolicy(String name, String path, String description, PolicyDocument document, List<Tag> tags) {

    public ManagedPolicy {
        Objects.requireNonNull(name, "policy name");
        path = path == null ? "/" : path;
        Objects.requireNonNull(document, "policy document");
        tags = List.copyOf(tags);
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    public Builder toBuilder() {
        Builder b = new Builder(name).path(path).description(description).document(document);
        b.tags.addAll(tags);
        return b;
    }

    /** Its ARN once created in {@code account}. */
    public Arn arn(Partition partition, String account) {
        return Arn.policy(partition, account, path, name);
    }

    public static final class Builder {
        private String name;
        private String path = "/";
        private String description;
        private PolicyDocument document;
        private final List<Tag> tags = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder path(String path) {
            this.path = path;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder document(PolicyDocument document) {
            this.document = document;
            return this;
        }

        /** The document in sentence style: {@code .document(p -> p.allow("s3:GetObject").on("arn:aws:s3:::b/*"))}. */
        public Builder document(Consumer<PolicyDocument.Builder> spec) {
            return document(PolicyDocument.of(spec));
        }

        public Builder tag(String key, String value) {
            tags.add(Tag.of(key, value));
            return this;
        }

        public Builder tags(List<Tag> tags) {
            this.tags.addAll(tags);
            return this;
        }

        public ManagedPolicy build() {
            return new ManagedPolicy(name, path, description, document, tags);
        }
    }
}
