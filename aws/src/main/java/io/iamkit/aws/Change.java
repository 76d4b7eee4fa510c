package io.iamkit.aws;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iamkit.json.PolicyJson;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.role.ManagedPolicy;
import io.iamkit.role.Role;
import io.iamkit.role.Tag;
import java.time.Duration;
import java.util.List;

/**
 * One write the applier plans: exactly one IAM API call. The records name the call; {@code before}
 * values are what IAM holds now (null when absent), {@code after} values what is declared.
 */
public sealed interface Change {

    /** How a change shows in a plan: {@code +} adds, {@code ~} changes, {@code -} removes. */
    enum Kind {
        ADD("+"), CHANGE("~"), REMOVE("-");

        private final String symbol;

        Kind(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    Kind kind();

    /** What it touches: {@code role/NAME} or {@code policy/ARN}. */
    String target();

    /** One line for a person, such as {@code attach arn:aws:iam::aws:policy/ReadOnlyAccess}. */
    String summary();

    /** The IAM API call it makes, such as {@code UpdateAssumeRolePolicy}. */
    String operation();

    /** The documents before and after, for a diff; both null when the change carries no document. */
    default PolicyDocument documentBefore() {
        return null;
    }

    default PolicyDocument documentAfter() {
        return null;
    }

    /** The change as JSON: {@code {"change": "AttachPolicy", "target": …, …}}. */
    default ObjectNode toJson() {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("change", getClass().getSimpleName());
        n.put("operation", operation());
        n.put("target", target());
        n.put("summary", summary());
        if (documentBefore() != null) {
            n.set("before", PolicyJson.toTree(documentBefore()));
        }
        if (documentAfter() != null) {
            n.set("after", PolicyJson.toTree(documentAfter()));
        }
        return n;
    }

    private static String role(String name) {
        return "role/" + name;
    }

    // ---- customer managed policies ----

    /** CreatePolicy, tags included. */
    record CreatePolicy(ManagedPolicy policy, String arn) implements Change {
        public Kind kind() { return Kind.ADD; }
        public String target() { return "policy/" + arn; }
        public String summary() { return "create policy " + arn; }
        public String operation() { return "CreatePolicy"; }
        public PolicyDocument documentAfter() { return policy.document(); }
    }

    /** DeletePolicyVersion of the oldest non-default version, because IAM keeps at most five. */
    record DeletePolicyVersion(String arn, String versionId) implements Change {
        public Kind kind() { return Kind.REMOVE; }
        public String target() { return "policy/" + arn; }
        public String summary() { return "prune version " + versionId + " (IAM keeps five)"; }
        public String operation() { return "DeletePolicyVersion"; }
    }

    /** CreatePolicyVersion with SetAsDefault. */
    record CreatePolicyVersion(String arn, PolicyDocument before, PolicyDocument after) implements Change {
        public Kind kind() { return Kind.CHANGE; }
        public String target() { return "policy/" + arn; }
        public String summary() { return "new default version"; }
        public String operation() { return "CreatePolicyVersion"; }
        public PolicyDocument documentBefore() { return before; }
        public PolicyDocument documentAfter() { return after; }
    }

    /** TagPolicy with every added or changed tag. */
    record TagPolicy(String arn, List<Tag> tags) implements Change {
        public TagPolicy { tags = List.copyOf(tags); }
        public Kind kind() { return Kind.CHANGE; }
        public String target() { return "policy/" + arn; }
        public String summary() { return "tag " + Tags.render(tags); }
        public String operation() { return "TagPolicy"; }
    }

    /** UntagPolicy (exclusive mode only). */
    record UntagPolicy(String arn, List<String> keys) implements Change {
        public UntagPolicy { keys = List.copyOf(keys); }
        public Kind kind() { return Kind.REMOVE; }
        public String target() { return "policy/" + arn; }
        public String summary() { return "untag " + keys; }
        public String operation() { return "UntagPolicy"; }
    }

    // ---- roles ----

    /** CreateRole with its trust, path, description, maximum session, boundary and tags in the one call. */
    record CreateRole(Role role, List<Tag> tags) implements Change {
        public CreateRole { tags = List.copyOf(tags); }
        public Kind kind() { return Kind.ADD; }
        public String target() { return "role/" + role.name(); }
        public String summary() {
            return "create role " + role.path() + role.name()
                    + (role.description() == null ? "" : ", description \"" + role.description() + "\"")
                    + (role.maxSessionDuration() == null ? "" : ", max session " + role.maxSessionDuration().toSeconds() + "s")
                    + (role.permissionsBoundary() == null ? "" : ", boundary " + role.permissionsBoundary())
                    + (tags.isEmpty() ? "" : ", tags " + Tags.render(tags));
        }
        public String operation() { return "CreateRole"; }
        public PolicyDocument documentAfter() { return role.trustPolicy(); }
    }

    /** UpdateAssumeRolePolicy. */
    record UpdateTrust(String roleName, PolicyDocument before, PolicyDocument after) implements Change {
        public Kind kind() { return Kind.CHANGE; }
        public String target() { return role(roleName); }
        public String summary() { return "update trust policy"; }
        public String operation() { return "UpdateAssumeRolePolicy"; }
        public PolicyDocument documentBefore() { return before; }
        public PolicyDocument documentAfter() { return after; }
    }

    /**
     * UpdateRole for a new description. The call also carries the role's maximum session
     * ({@code keepMaxSession}): AWS documents that UpdateRole without MaxSessionDuration resets it to one hour.
     */
    record UpdateDescription(String roleName, String before, String after, Duration keepMaxSession) implements Change {
        public Kind kind() { return Kind.CHANGE; }
        public String target() { return role(roleName); }
        public String summary() { return "description \"" + (before == null ? "" : before) + "\" -> \"" + after + "\""; }
        public String operation() { return "UpdateRole"; }
    }

    /**
     * UpdateRole for a new maximum session. The call also carries the role's description
     * ({@code keepDescription}, null when it has none), because emulators such as moto clear an omitted one.
     */
    record UpdateMaxSession(String roleName, Duration before, Duration after, String keepDescription) implements Change {
        public Kind kind() { return Kind.CHANGE; }
        public String target() { return role(roleName); }
        public String summary() { return "max session " + before.toSeconds() + "s -> " + after.toSeconds() + "s"; }
        public String operation() { return "UpdateRole"; }
    }

    /** PutRolePermissionsBoundary. */
    record PutBoundary(String roleName, String before, String after) implements Change {
        public Kind kind() { return before == null ? Kind.ADD : Kind.CHANGE; }
        public String target() { return role(roleName); }
        public String summary() { return "permissions boundary " + (before == null ? "(none)" : before) + " -> " + after; }
        public String operation() { return "PutRolePermissionsBoundary"; }
    }

    /** DeleteRolePermissionsBoundary (exclusive mode only). */
    record DeleteBoundary(String roleName, String before) implements Change {
        public Kind kind() { return Kind.REMOVE; }
        public String target() { return role(roleName); }
        public String summary() { return "remove permissions boundary " + before; }
        public String operation() { return "DeleteRolePermissionsBoundary"; }
    }

    /** TagRole with every added or changed tag. */
    record TagRole(String roleName, List<Tag> tags) implements Change {
        public TagRole { tags = List.copyOf(tags); }
        public Kind kind() { return Kind.CHANGE; }
        public String target() { return role(roleName); }
        public String summary() { return "tag " + Tags.render(tags); }
        public String operation() { return "TagRole"; }
    }

    /** UntagRole (exclusive mode only). */
    record UntagRole(String roleName, List<String> keys) implements Change {
        public UntagRole { keys = List.copyOf(keys); }
        public Kind kind() { return Kind.REMOVE; }
        public String target() { return role(roleName); }
        public String summary() { return "untag " + keys; }
        public String operation() { return "UntagRole"; }
    }

    /** AttachRolePolicy. */
    record AttachPolicy(String roleName, String policyArn) implements Change {
        public Kind kind() { return Kind.ADD; }
        public String target() { return role(roleName); }
        public String summary() { return "attach " + policyArn; }
        public String operation() { return "AttachRolePolicy"; }
    }

    /** DetachRolePolicy (exclusive mode, or before deleting the role). */
    record DetachPolicy(String roleName, String policyArn) implements Change {
        public Kind kind() { return Kind.REMOVE; }
        public String target() { return role(roleName); }
        public String summary() { return "detach " + policyArn; }
        public String operation() { return "DetachRolePolicy"; }
    }

    /** PutRolePolicy: a new inline policy, or a changed one. */
    record PutInlinePolicy(String roleName, String policyName, PolicyDocument before, PolicyDocument after) implements Change {
        public Kind kind() { return before == null ? Kind.ADD : Kind.CHANGE; }
        public String target() { return role(roleName); }
        public String summary() { return (before == null ? "add" : "update") + " inline policy " + policyName; }
        public String operation() { return "PutRolePolicy"; }
        public PolicyDocument documentBefore() { return before; }
        public PolicyDocument documentAfter() { return after; }
    }

    /** DeleteRolePolicy (exclusive mode, or before deleting the role). */
    record DeleteInlinePolicy(String roleName, String policyName) implements Change {
        public Kind kind() { return Kind.REMOVE; }
        public String target() { return role(roleName); }
        public String summary() { return "delete inline policy " + policyName; }
        public String operation() { return "DeleteRolePolicy"; }
    }

    /** RemoveRoleFromInstanceProfile, before deleting the role. */
    record RemoveFromInstanceProfile(String roleName, String instanceProfileName) implements Change {
        public Kind kind() { return Kind.REMOVE; }
        public String target() { return role(roleName); }
        public String summary() { return "remove from instance profile " + instanceProfileName; }
        public String operation() { return "RemoveRoleFromInstanceProfile"; }
    }

    /** DeleteRole, planned only for a role that carries iamkit's ownership tag. */
    record DeleteRole(String roleName) implements Change {
        public Kind kind() { return Kind.REMOVE; }
        public String target() { return role(roleName); }
        public String summary() { return "delete role " + roleName; }
        public String operation() { return "DeleteRole"; }
    }
}
