package io.iamkit.policy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One statement of a policy document.
 *
 * <p>The {@code X}/{@code NotX} pairs are nullable: {@code null} means the element is absent, an
 * empty list means it was written as {@code []}. That difference does not change what IAM grants,
 * but the validator reports both, and keeping it means a document read and written back loses
 * nothing. Use {@link #builder()} to make one.
 *
 * @param sid          the optional {@code Sid}, or null
 * @param effect       {@code Allow} or {@code Deny} (or an unknown effect, kept for the validator)
 * @param principal    {@code Principal}, or null when absent
 * @param notPrincipal {@code NotPrincipal}, or null when absent
 * @param actions      {@code Action}, or null when absent
 * @param notActions   {@code NotAction}, or null when absent
 * @param resources    {@code Resource}, or null when absent
 * @param notResources {@code NotResource}, or null when absent
 * @param conditions   the {@code Condition} block flattened to one entry per operator and key, in
 *                     the order written; empty when absent
 */
public record Statement(
        String sid,
        Effect effect,
        Principal principal,
        Principal notPrincipal,
        List<String> actions,
        List<String> notActions,
        List<String> resources,
        List<String> notResources,
        List<Condition> conditions) {

    public Statement {
        Objects.requireNonNull(effect, "effect");
        actions = copyOrNull(actions);
        notActions = copyOrNull(notActions);
        resources = copyOrNull(resources);
        notResources = copyOrNull(notResources);
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }

    private static List<String> copyOrNull(List<String> list) {
        return list == null ? null : List.copyOf(list);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Statement of(Consumer<Builder> spec) {
        Builder b = builder();
        spec.accept(b);
        return b.build();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public boolean isAllow() {
        return effect.isAllow();
    }

    public boolean isDeny() {
        return effect.isDeny();
    }

    /** A mutable builder; {@link #build()} takes a snapshot, so one builder can make several statements. */
    public static final class Builder {
        private String sid;
        private Effect effect = Effect.ALLOW;
        private Principal principal;
        private Principal notPrincipal;
        private List<String> actions;
        private List<String> notActions;
        private List<String> resources;
        private List<String> notResources;
        private final List<Condition> conditions = new ArrayList<>();

        private Builder() {
        }

        private Builder(Statement s) {
            sid = s.sid;
            effect = s.effect;
            principal = s.principal;
            notPrincipal = s.notPrincipal;
            actions = mutable(s.actions);
            notActions = mutable(s.notActions);
            resources = mutable(s.resources);
            notResources = mutable(s.notResources);
            conditions.addAll(s.conditions);
        }

        private static List<String> mutable(List<String> list) {
            return list == null ? null : new ArrayList<>(list);
        }

        private static List<String> append(List<String> list, Collection<String> values, String element) {
            Objects.requireNonNull(values, () -> element + ": no values given (null)");
            List<String> out = list == null ? new ArrayList<>() : list;
            int i = 0;
            for (String v : values) {
                int at = i++;
                out.add(Objects.requireNonNull(v, () -> element + ": value " + at + " is null"));
            }
            return out;
        }

        private static List<String> asList(String[] values, String element) {
            return Arrays.asList(Objects.requireNonNull(values, () -> element + ": no values given (null)"));
        }

        public Builder sid(String sid) {
            this.sid = sid;
            return this;
        }

        public Builder effect(Effect effect) {
            this.effect = Objects.requireNonNull(effect, "effect");
            return this;
        }

        public Builder allow() {
            return effect(Effect.ALLOW);
        }

        public Builder deny() {
            return effect(Effect.DENY);
        }

        /** Adds to {@code Action}. */
        public Builder actions(String... actions) {
            return actions(asList(actions, "Action"));
        }

        public Builder actions(Collection<String> actions) {
            this.actions = append(this.actions, actions, "Action");
            return this;
        }

        /** Adds to {@code NotAction}. */
        public Builder notActions(String... actions) {
            return notActions(asList(actions, "NotAction"));
        }

        public Builder notActions(Collection<String> actions) {
            this.notActions = append(this.notActions, actions, "NotAction");
            return this;
        }

        /** Adds to {@code Resource}. */
        public Builder resources(String... resources) {
            return resources(asList(resources, "Resource"));
        }

        public Builder resources(Collection<String> resources) {
            this.resources = append(this.resources, resources, "Resource");
            return this;
        }

        /** Adds to {@code NotResource}. */
        public Builder notResources(String... resources) {
            return notResources(asList(resources, "NotResource"));
        }

        public Builder notResources(Collection<String> resources) {
            this.notResources = append(this.notResources, resources, "NotResource");
            return this;
        }

        public Builder principal(Principal principal) {
            this.principal = principal;
            return this;
        }

        public Builder notPrincipal(Principal notPrincipal) {
            this.notPrincipal = notPrincipal;
            return this;
        }

        public Builder condition(Condition condition) {
            conditions.add(Objects.requireNonNull(condition, "condition"));
            return this;
        }

        public Builder condition(String operator, String key, String... values) {
            return condition(Condition.of(operator, key, values));
        }

        public Builder conditions(Collection<Condition> conditions) {
            Objects.requireNonNull(conditions, "conditions: none given (null); pass an empty list for none").forEach(this::condition);
            return this;
        }

        /** Removes every condition; useful with {@link Statement#toBuilder()}. */
        public Builder clearConditions() {
            conditions.clear();
            return this;
        }

        public Statement build() {
            return new Statement(sid, effect, principal, notPrincipal, actions, notActions, resources, notResources, conditions);
        }
    }
}
