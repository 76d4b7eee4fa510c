package io.iamkit.role;

import io.iamkit.arn.Arn;
import io.iamkit.arn.Partition;
import io.iamkit.policy.PolicyDocument;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * An IAM role as declared: everything IAM stores about it that a user decides.
 *
 * <pre>{@code
 * Role role = Role.builder("ecsTaskExecutionRole")
 *     .trust(Trust.service("ecs-tasks.amazonaws.com").sourceAccount("111122223333"))
 *     .attach(ManagedPolicies.aws("service-role/AmazonECSTaskExecutionRolePolicy"))
 *     .build();
 * }</pre>
 *
 * <p>Building never rejects a value IAM would reject; that is the validator's job, so that every
 * problem is reported at once with its location.
 *
 * @param name                1–64 characters of {@code [\w+=,.@-]}, unique in the account ignoring case
 * @param path                {@code /} or {@code /a/b/}
 * @param description         up to 1,000 characters, or null
 * @param maxSessionDuration  1–12 hours, or null for IAM's default of one hour
 * @param permissionsBoundary the ARN of the managed policy used as boundary, or null
 * @param tags                in the order declared
 * @param trustPolicy         the {@code AssumeRolePolicyDocument}; null only while being declared
 * @param managedPolicyArns   attached managed policies, in the order declared
 * @param inlinePolicies      embedded policies, in the order declared
 */
public record Role(
        String name,
        String path,
        String description,
        Duration maxSessionDuration,
        String permissionsBoundary,
        List<Tag> tags,
        PolicyDocument trustPolicy,
        List<String> managedPolicyArns,
        List<InlinePolicy> inlinePolicies) {

    /** IAM's default maximum session duration. */
    public static final Duration DEFAULT_MAX_SESSION = Duration.ofHours(1);

    public Role {
        Objects.requireNonNull(name, "role name");
        path = path == null ? "/" : path;
        tags = List.copyOf(tags);
        managedPolicyArns = List.copyOf(managedPolicyArns);
        inlinePolicies = List.copyOf(inlinePolicies);
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    public Builder toBuilder() {
        Builder b = new Builder(name);
        b.path = path;
        b.description = description;
        b.maxSessionDuration = maxSessionDuration;
        b.permissionsBoundary = permissionsBoundary;
        b.tags.addAll(tags);
        b.trustPolicy = trustPolicy;
        b.managedPolicyArns.addAll(managedPolicyArns);
        b.inlinePolicies.addAll(inlinePolicies);
        return b;
    }

    /** The maximum session duration IAM applies: the declared one, or one hour. */
    public Duration effectiveMaxSessionDuration() {
        return maxSessionDuration == null ? DEFAULT_MAX_SESSION : maxSessionDuration;
    }

    /** {@code arn:PARTITION:iam::ACCOUNT:role/PATH/NAME}. */
    public Arn arn(Partition partition, String account) {
        return Arn.role(partition, account, path, name);
    }

    /** The inline policy with this name, or null. Names compare exactly, as IAM stores them. */
    public InlinePolicy inlinePolicy(String policyName) {
        return inlinePolicies.stream().filter(p -> p.name().equals(policyName)).findFirst().orElse(null);
    }

    public static final class Builder {
        private String name;
        private String path = "/";
        private String description;
        private Duration maxSessionDuration;
        private String permissionsBoundary;
        private final List<Tag> tags = new ArrayList<>();
        private PolicyDocument trustPolicy;
        private final List<String> managedPolicyArns = new ArrayList<>();
        private final List<InlinePolicy> inlinePolicies = new ArrayList<>();

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

        /** The trust policy: who may assume the role. */
        public Builder trust(PolicyDocument trustPolicy) {
            this.trustPolicy = trustPolicy;
            return this;
        }

        public Builder trust(Trust trust) {
            return trust(Objects.requireNonNull(trust, "trust: null; use Trust.service(…), Trust.account(…) or pass a PolicyDocument").toPolicy());
        }

        /** Attaches a managed policy by ARN; see {@link ManagedPolicies}. */
        public Builder attach(String policyArn) {
            managedPolicyArns.add(Objects.requireNonNull(policyArn, "policy ARN"));
            return this;
        }

        public Builder attach(Arn policyArn) {
            return attach(policyArn.toString());
        }

        /** Replaces the attachments. */
        public Builder managedPolicyArns(List<String> arns) {
            managedPolicyArns.clear();
            arns.forEach(this::attach);
            return this;
        }

        public Builder inline(String policyName, PolicyDocument document) {
            inlinePolicies.removeIf(p -> p.name().equals(policyName));
            inlinePolicies.add(new InlinePolicy(policyName, document));
            return this;
        }

        /** An inline policy in sentence style: {@code .inline("pull", p -> p.allow("ecr:BatchGetImage").on("*"))}. */
        public Builder inline(String policyName, Consumer<PolicyDocument.Builder> spec) {
            return inline(policyName, PolicyDocument.of(spec));
        }

        /** Replaces the inline policies. */
        public Builder inlinePolicies(List<InlinePolicy> policies) {
            inlinePolicies.clear();
            policies.forEach(p -> inline(p.name(), p.document()));
            return this;
        }

        public Builder permissionsBoundary(String policyArn) {
            this.permissionsBoundary = policyArn;
            return this;
        }

        public Builder tag(String key, String value) {
            tags.add(Tag.of(key, value));
            return this;
        }

        /** Replaces the tags. */
        public Builder tags(List<Tag> tags) {
            this.tags.clear();
            this.tags.addAll(tags);
            return this;
        }

        public Builder maxSession(Duration duration) {
            this.maxSessionDuration = duration;
            return this;
        }

        public Role build() {
            return new Role(name, path, description, maxSessionDuration, permissionsBoundary, tags, trustPolicy,
                    managedPolicyArns, inlinePolicies);
        }
    }
}
