package io.iamkit.spec;

import io.iamkit.role.ManagedPolicy;
import io.iamkit.role.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Declared IAM state: roles, customer managed policies and what an apply may remove.
 *
 * <pre>{@code
 * IamSpec spec = IamSpec.builder()
 *     .managedPolicy(ManagedPolicy.builder("read-config").document(p -> p.allow("ssm:GetParameter").on("*")).build())
 *     .role(Role.builder("app").trust(Trust.service("ecs-tasks.amazonaws.com"))
 *         .attach("arn:${Partition}:iam::${AccountId}:policy/read-config").build())
 *     .deleteRole("old-app")
 *     .build();
 * }</pre>
 *
 * <p>Strings may hold the templates of {@link SpecTemplates}; the applier resolves them from the
 * caller's identity before it compares anything.
 *
 * @param roles           declared roles in order; a role to delete is here too, named in {@code deletedRoles}
 * @param managedPolicies declared customer managed policies in order
 * @param ownership       the default mode for every role
 * @param roleOwnership   per-role overrides of {@code ownership}, by role name
 * @param deletedRoles    names of the roles to delete (only when they carry iamkit's ownership tag)
 */
public record IamSpec(
        List<Role> roles,
        List<ManagedPolicy> managedPolicies,
        Ownership ownership,
        Map<String, Ownership> roleOwnership,
        Set<String> deletedRoles) {

    public IamSpec {
        roles = List.copyOf(roles);
        managedPolicies = List.copyOf(managedPolicies);
        ownership = ownership == null ? Ownership.ADDITIVE : ownership;
        roleOwnership = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(roleOwnership));
        deletedRoles = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(deletedRoles));
    }

    /** A spec of these roles, additive. */
    public static IamSpec of(Role... roles) {
        return builder().roles(List.of(roles)).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static IamSpec of(Consumer<Builder> spec) {
        Builder b = builder();
        spec.accept(b);
        return b.build();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.roles.addAll(roles);
        b.managedPolicies.addAll(managedPolicies);
        b.ownership = ownership;
        b.roleOwnership.putAll(roleOwnership);
        b.deletedRoles.addAll(deletedRoles);
        return b;
    }

    /** The ownership mode that applies to the role named {@code roleName}. */
    public Ownership ownershipOf(String roleName) {
        return roleOwnership.getOrDefault(roleName, ownership);
    }

    /** True when the role named {@code roleName} is declared for deletion. */
    public boolean isDeleted(String roleName) {
        return deletedRoles.contains(roleName);
    }

    /** The same spec with every role in {@code mode} (per-role overrides dropped), as {@code apply --exclusive} wants. */
    public IamSpec withOwnership(Ownership mode) {
        return toBuilder().ownership(mode).clearRoleOwnership().build();
    }

    public static final class Builder {
        private final List<Role> roles = new ArrayList<>();
        private final List<ManagedPolicy> managedPolicies = new ArrayList<>();
        private Ownership ownership = Ownership.ADDITIVE;
        private final Map<String, Ownership> roleOwnership = new LinkedHashMap<>();
        private final Set<String> deletedRoles = new LinkedHashSet<>();

        private Builder() {
        }

        public Builder role(Role role) {
            roles.add(Objects.requireNonNull(role, "role"));
            return this;
        }

        /** A role with its own ownership mode. */
        public Builder role(Role role, Ownership mode) {
            role(role);
            return roleOwnership(role.name(), mode);
        }

        /** Sets the ownership mode of one role, overriding {@link #ownership(Ownership)}. */
        public Builder roleOwnership(String roleName, Ownership mode) {
            roleOwnership.put(Objects.requireNonNull(roleName, "role name"), Objects.requireNonNull(mode, "ownership"));
            return this;
        }

        public Builder roles(List<Role> roles) {
            roles.forEach(this::role);
            return this;
        }

        /** Declares that the role named {@code name} must be deleted (with its policies and attachments). */
        public Builder deleteRole(String name) {
            roles.add(Role.builder(name).build());
            deletedRoles.add(name);
            return this;
        }

        /** Marks a declared role for deletion, keeping what it declares (as a spec entry with {@code "Delete": true}). */
        public Builder deleteRole(Role role) {
            roles.add(role);
            deletedRoles.add(role.name());
            return this;
        }

        public Builder managedPolicy(ManagedPolicy policy) {
            managedPolicies.add(Objects.requireNonNull(policy, "managed policy"));
            return this;
        }

        public Builder managedPolicies(List<ManagedPolicy> policies) {
            policies.forEach(this::managedPolicy);
            return this;
        }

        public Builder ownership(Ownership ownership) {
            this.ownership = Objects.requireNonNull(ownership, "ownership");
            return this;
        }

        Builder clearRoleOwnership() {
            roleOwnership.clear();
            return this;
        }

        public IamSpec build() {
            return new IamSpec(roles, managedPolicies, ownership, roleOwnership, deletedRoles);
        }
    }
}
