package io.iamkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.iamkit.catalog.AwsManagedPolicies;
import io.iamkit.catalog.AwsManagedPolicy;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AttachedPolicy;
import software.amazon.awssdk.services.iam.model.Role;
import software.amazon.awssdk.services.iam.model.Tag;

/**
 * The fake against a model a person can check by eye: random sequences of role, inline policy,
 * attachment, tag and instance profile operations must give the outcome (ok or error code) the
 * model predicts, and listings must agree with the model after every step.
 */
class FakeIamStateMachineProperties {

    static final List<String> NAMES = List.of("app", "App", "web", "db", "WEB");
    static final List<String> POLICY_NAMES = List.of("p1", "p2");
    static final List<String> TAG_KEYS = List.of("Env", "env", "team");
    static final List<String> ARNS = AwsManagedPolicies.all().stream().limit(12).map(AwsManagedPolicy::arn).toList();

    /** What a person expects IAM to hold. */
    static final class ModelRole {
        final String name;
        final Set<String> attached = new LinkedHashSet<>();
        final Map<String, String> inline = new TreeMap<>();
        final Map<String, String> tags = new HashMap<>();

        ModelRole(String name) {
            this.name = name;
        }
    }

    static final class State {
        final FakeIam fake = FakeIam.builder().clock(MutableClock.fixed()).build();
        final IamClient iam = fake.iam();
        final Map<String, ModelRole> roles = new HashMap<>();
        String profileRole;

        State() {
            iam.createInstanceProfile(r -> r.instanceProfileName("ip"));
        }

        ModelRole role(String name) {
            return roles.get(name.toLowerCase(Locale.ROOT));
        }

        @Override
        public String toString() {
            return "roles=" + roles.keySet() + " profile=" + profileRole;
        }
    }

    static String outcome(Runnable call) {
        try {
            call.run();
            return "ok";
        } catch (AwsServiceException e) {
            return e.awsErrorDetails().errorCode();
        }
    }

    static Transformer<State> step(String description, java.util.function.Function<State, String> expected, Consumer<State> call,
                                   Consumer<State> applyToModel) {
        return Transformer.mutate(description, s -> {
            String want = expected.apply(s);
            String got = outcome(() -> call.accept(s));
            assertThat(got).as(description).isEqualTo(want);
            if (want.equals("ok")) {
                applyToModel.accept(s);
            }
        });
    }

    static final String TRUST = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";
    static final String POLICY = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}";

    static Action<State> createRole() {
        return (Action.Independent<State>) () -> Arbitraries.of(NAMES).map(n -> step(
                "CreateRole " + n,
                s -> s.role(n) != null ? "EntityAlreadyExists" : "ok",
                s -> s.iam.createRole(r -> r.roleName(n).assumeRolePolicyDocument(TRUST)),
                s -> s.roles.put(n.toLowerCase(Locale.ROOT), new ModelRole(n))));
    }

    static Action<State> deleteRole() {
        return (Action.Independent<State>) () -> Arbitraries.of(NAMES).map(n -> step("DeleteRole " + n,
                s -> {
                    ModelRole r = s.role(n);
                    if (r == null) {
                        return "NoSuchEntity";
                    }
                    boolean inProfile = n.equalsIgnoreCase(String.valueOf(s.profileRole));
                    return inProfile || !r.attached.isEmpty() || !r.inline.isEmpty() ? "DeleteConflict" : "ok";
                },
                s -> s.iam.deleteRole(r -> r.roleName(n)),
                s -> s.roles.remove(n.toLowerCase(Locale.ROOT))));
    }

    static Action<State> putInline() {
        return (Action.Independent<State>) () -> Combinators.combine(Arbitraries.of(NAMES), Arbitraries.of(POLICY_NAMES)).as((n, p) -> step(
                "PutRolePolicy " + n + "/" + p,
                s -> s.role(n) == null ? "NoSuchEntity" : "ok",
                s -> s.iam.putRolePolicy(r -> r.roleName(n).policyName(p).policyDocument(POLICY)),
                s -> s.role(n).inline.put(p, POLICY)));
    }

    static Action<State> deleteInline() {
        return (Action.Independent<State>) () -> Combinators.combine(Arbitraries.of(NAMES), Arbitraries.of(POLICY_NAMES)).as((n, p) -> step(
                "DeleteRolePolicy " + n + "/" + p,
                s -> s.role(n) == null || !s.role(n).inline.containsKey(p) ? "NoSuchEntity" : "ok",
                s -> s.iam.deleteRolePolicy(r -> r.roleName(n).policyName(p)),
                s -> s.role(n).inline.remove(p)));
    }

    static Action<State> attach() {
        return (Action.Independent<State>) () -> Combinators.combine(Arbitraries.of(NAMES), Arbitraries.of(ARNS)).as((n, arn) -> step(
                "AttachRolePolicy " + n + " " + arn,
                s -> {
                    ModelRole r = s.role(n);
                    if (r == null) {
                        return "NoSuchEntity";
                    }
                    return r.attached.contains(arn) || r.attached.size() < 10 ? "ok" : "LimitExceeded";
                },
                s -> s.iam.attachRolePolicy(r -> r.roleName(n).policyArn(arn)),
                s -> s.role(n).attached.add(arn)));
    }

    static Action<State> detach() {
        return (Action.Independent<State>) () -> Combinators.combine(Arbitraries.of(NAMES), Arbitraries.of(ARNS)).as((n, arn) -> step(
                "DetachRolePolicy " + n + " " + arn,
                s -> s.role(n) == null || !s.role(n).attached.contains(arn) ? "NoSuchEntity" : "ok",
                s -> s.iam.detachRolePolicy(r -> r.roleName(n).policyArn(arn)),
                s -> s.role(n).attached.remove(arn)));
    }

    static Action<State> tag() {
        return (Action.Independent<State>) () -> Combinators.combine(Arbitraries.of(NAMES), Arbitraries.of(TAG_KEYS)).as((n, k) -> step(
                "TagRole " + n + " " + k,
                s -> s.role(n) == null ? "NoSuchEntity" : "ok",
                s -> s.iam.tagRole(r -> r.roleName(n).tags(Tag.builder().key(k).value("v").build())),
                s -> s.role(n).tags.put(k.toLowerCase(Locale.ROOT), k)));
    }

    static Action<State> addToProfile() {
        return (Action.Independent<State>) () -> Arbitraries.of(NAMES).map(n -> step("AddRoleToInstanceProfile " + n,
                s -> {
                    if (s.role(n) == null) {
                        return "NoSuchEntity";
                    }
                    if (s.profileRole == null) {
                        return "ok";
                    }
                    return "LimitExceeded";
                },
                s -> s.iam.addRoleToInstanceProfile(r -> r.instanceProfileName("ip").roleName(n)),
                s -> s.profileRole = s.role(n).name));
    }

    static Action<State> removeFromProfile() {
        return (Action.Independent<State>) () -> Arbitraries.of(NAMES).map(n -> step("RemoveRoleFromInstanceProfile " + n,
                s -> s.role(n) == null || !n.equalsIgnoreCase(String.valueOf(s.profileRole)) ? "NoSuchEntity" : "ok",
                s -> s.iam.removeRoleFromInstanceProfile(r -> r.instanceProfileName("ip").roleName(n)),
                s -> s.profileRole = null));
    }

    static void listingsAgreeWithTheModel(State s) {
        Set<String> listed = s.iam.listRolesPaginator(r -> r.maxItems(2)).roles().stream().map(Role::roleName).collect(Collectors.toSet());
        assertThat(listed).isEqualTo(s.roles.values().stream().map(r -> r.name).collect(Collectors.toSet()));
        for (ModelRole r : s.roles.values()) {
            assertThat(s.iam.listAttachedRolePolicies(b -> b.roleName(r.name)).attachedPolicies()).extracting(AttachedPolicy::policyArn)
                    .containsExactlyInAnyOrderElementsOf(r.attached);
            assertThat(s.iam.listRolePolicies(b -> b.roleName(r.name)).policyNames()).containsExactlyElementsOf(r.inline.keySet());
            assertThat(s.iam.listRoleTags(b -> b.roleName(r.name)).tags()).extracting(Tag::key)
                    .containsExactlyInAnyOrderElementsOf(r.tags.values());
        }
        var profileRoles = s.iam.getInstanceProfile(b -> b.instanceProfileName("ip")).instanceProfile().roles();
        assertThat(profileRoles).extracting(Role::roleName).containsExactlyElementsOf(s.profileRole == null ? List.of() : List.of(s.profileRole));
    }

    @Property(tries = 60)
    void theFakeBehavesLikeTheModel(@ForAll("chains") ActionChain<State> chain) {
        chain.withInvariant("listings agree with the model", FakeIamStateMachineProperties::listingsAgreeWithTheModel).run();
    }

    @Provide
    Arbitrary<ActionChain<State>> chains() {
        return ActionChain.startWith(State::new)
                .withAction(4, createRole())
                .withAction(2, deleteRole())
                .withAction(2, putInline())
                .withAction(1, deleteInline())
                .withAction(4, attach())
                .withAction(1, detach())
                .withAction(1, tag())
                .withAction(1, addToProfile())
                .withAction(1, removeFromProfile())
                .withMaxTransformations(40);
    }
}
