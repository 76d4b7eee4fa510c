package io.iamkit.eval;

import io.iamkit.policy.PolicyDocument;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Every policy that applies to a request, by the role it plays in AWS's evaluation logic.
 *
 * @param identityPolicies      the caller's identity-based policies (user, group, role policies), unioned
 * @param resourcePolicy        the resource-based policy, or null; a role's trust policy for {@code sts:AssumeRole}
 * @param resourcePolicyKind    what kind of resource policy it is; {@link ResourcePolicyKind#AUTO} decides from the request
 * @param permissionsBoundaries the caller's permissions boundary; several documents are read as one policy; empty: none
 * @param sessionPolicy         the session policy passed when the session was created, or null
 * @param scps                  service control policies of the caller's organization, one list per level from the root
 *                              to the account; policies of one level are unioned, every level must allow; empty: none
 * @param rcps                  resource control policies of the resource's organization, in the same shape
 */
public record PolicySet(List<PolicyDocument> identityPolicies, PolicyDocument resourcePolicy,
                        ResourcePolicyKind resourcePolicyKind, List<PolicyDocument> permissionsBoundaries,
                        PolicyDocument sessionPolicy, List<List<PolicyDocument>> scps, List<List<PolicyDocument>> rcps) {

    public PolicySet {
        identityPolicies = identityPolicies == null ? List.of() : List.copyOf(identityPolicies);
        resourcePolicyKind = resourcePolicyKind == null ? ResourcePolicyKind.AUTO : resourcePolicyKind;
        permissionsBoundaries = permissionsBoundaries == null ? List.of() : List.copyOf(permissionsBoundaries);
        scps = levels(scps);
        rcps = levels(rcps);
    }

    private static List<List<PolicyDocument>> levels(List<List<PolicyDocument>> levels) {
        return levels == null ? List.of() : levels.stream().map(List::copyOf).toList();
    }

    /** Only identity policies: the common case. */
    public static PolicySet of(PolicyDocument... identityPolicies) {
        return builder().identityPolicies(identityPolicies).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static PolicySet of(Consumer<Builder> spec) {
        Builder b = builder();
        spec.accept(b);
        return b.build();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.identityPolicies.addAll(identityPolicies);
        b.resourcePolicy = resourcePolicy;
        b.kind = resourcePolicyKind;
        b.boundaries.addAll(permissionsBoundaries);
        b.sessionPolicy = sessionPolicy;
        b.scps.addAll(scps);
        b.rcps.addAll(rcps);
        return b;
    }

    /** A mutable builder. */
    public static final class Builder {
        private final List<PolicyDocument> identityPolicies = new ArrayList<>();
        private PolicyDocument resourcePolicy;
        private ResourcePolicyKind kind = ResourcePolicyKind.AUTO;
        private final List<PolicyDocument> boundaries = new ArrayList<>();
        private PolicyDocument sessionPolicy;
        private final List<List<PolicyDocument>> scps = new ArrayList<>();
        private final List<List<PolicyDocument>> rcps = new ArrayList<>();

        private Builder() {
        }

        /** Adds identity-based policies. */
        public Builder identityPolicies(PolicyDocument... docs) {
            return identityPolicies(Arrays.asList(docs));
        }

        public Builder identityPolicies(List<PolicyDocument> docs) {
            docs.forEach(d -> identityPolicies.add(Objects.requireNonNull(d, "identity policy")));
            return this;
        }

        public Builder identityPolicy(PolicyDocument doc) {
            return identityPolicies(doc);
        }

        public Builder resourcePolicy(PolicyDocument doc) {
            this.resourcePolicy = doc;
            return this;
        }

        public Builder resourcePolicy(PolicyDocument doc, ResourcePolicyKind kind) {
            this.resourcePolicy = doc;
            return resourcePolicyKind(kind);
        }

        public Builder resourcePolicyKind(ResourcePolicyKind kind) {
            this.kind = Objects.requireNonNull(kind, "kind");
            return this;
        }

        /** The role's trust policy, for evaluating {@code sts:AssumeRole} on the role. */
        public Builder trustPolicy(PolicyDocument doc) {
            return resourcePolicy(doc, ResourcePolicyKind.ROLE_TRUST);
        }

        /** A KMS key policy. */
        public Builder keyPolicy(PolicyDocument doc) {
            return resourcePolicy(doc, ResourcePolicyKind.KMS_KEY);
        }

        /** Adds a permissions boundary document (IAM attaches one; several are read as one policy). */
        public Builder permissionsBoundary(PolicyDocument doc) {
            boundaries.add(Objects.requireNonNull(doc, "permissions boundary"));
            return this;
        }

        public Builder sessionPolicy(PolicyDocument doc) {
            this.sessionPolicy = doc;
            return this;
        }

        /** Adds the next SCP level down from the root (root first, account last). */
        public Builder scpLevel(PolicyDocument... docs) {
            scps.add(List.of(docs));
            return this;
        }

        public Builder scpLevel(List<PolicyDocument> docs) {
            scps.add(List.copyOf(docs));
            return this;
        }

        /** Adds the next RCP level down from the root (root first, account last). */
        public Builder rcpLevel(PolicyDocument... docs) {
            rcps.add(List.of(docs));
            return this;
        }

        public Builder rcpLevel(List<PolicyDocument> docs) {
            rcps.add(List.copyOf(docs));
            return this;
        }

        public PolicySet build() {
            return new PolicySet(identityPolicies, resourcePolicy, kind, boundaries, sessionPolicy, scps, rcps);
        }
    }
}
