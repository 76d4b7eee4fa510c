package io.iamkit.spec;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iamkit.json.PolicyJson;
import io.iamkit.role.InlinePolicy;
import io.iamkit.role.ManagedPolicy;
import io.iamkit.role.Role;
import io.iamkit.role.Tag;
import java.util.List;

/** Writes an {@link IamSpec} as a spec tree, omitting what IAM would default ({@code Path "/"}, additive). */
final class SpecWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SpecWriter() {
    }

    static ObjectNode tree(IamSpec spec) {
        ObjectNode root = NODES.objectNode();
        if (spec.ownership() != Ownership.ADDITIVE) {
            root.put("Ownership", spec.ownership().text());
        }
        if (!spec.roles().isEmpty()) {
            ArrayNode roles = root.putArray("Roles");
            spec.roles().forEach(r -> roles.add(role(r, spec)));
        }
        if (!spec.managedPolicies().isEmpty()) {
            ArrayNode policies = root.putArray("ManagedPolicies");
            spec.managedPolicies().forEach(p -> policies.add(policy(p)));
        }
        return root;
    }

    private static ObjectNode role(Role r, IamSpec spec) {
        ObjectNode n = NODES.objectNode();
        n.put("RoleName", r.name());
        if (!"/".equals(r.path())) {
            n.put("Path", r.path());
        }
        if (r.description() != null) {
            n.put("Description", r.description());
        }
        if (r.trustPolicy() != null) {
            n.set("AssumeRolePolicyDocument", PolicyJson.toTree(r.trustPolicy()));
        }
        if (!r.managedPolicyArns().isEmpty()) {
            ArrayNode arns = n.putArray("ManagedPolicyArns");
            r.managedPolicyArns().forEach(arns::add);
        }
        if (!r.inlinePolicies().isEmpty()) {
            ArrayNode policies = n.putArray("Policies");
            for (InlinePolicy p : r.inlinePolicies()) {
                ObjectNode entry = policies.addObject();
                entry.put("PolicyName", p.name());
                entry.set("PolicyDocument", PolicyJson.toTree(p.document()));
            }
        }
        if (r.permissionsBoundary() != null) {
            n.put("PermissionsBoundary", r.permissionsBoundary());
        }
        if (r.maxSessionDuration() != null) {
            n.put("MaxSessionDuration", r.maxSessionDuration().toSeconds());
        }
        tags(n, r.tags());
        if (spec.roleOwnership().containsKey(r.name())) {
            n.put("Ownership", spec.roleOwnership().get(r.name()).text());
        }
        if (spec.isDeleted(r.name())) {
            n.put("Delete", true);
        }
        return n;
    }

    private static ObjectNode policy(ManagedPolicy p) {
        ObjectNode n = NODES.objectNode();
        n.put("ManagedPolicyName", p.name());
        if (!"/".equals(p.path())) {
            n.put("Path", p.path());
        }
        if (p.description() != null) {
            n.put("Description", p.description());
        }
        n.set("PolicyDocument", PolicyJson.toTree(p.document()));
        tags(n, p.tags());
        return n;
    }

    private static void tags(ObjectNode n, List<Tag> tags) {
        if (tags.isEmpty()) {
            return;
        }
        ArrayNode arr = n.putArray("Tags");
        for (Tag t : tags) {
            arr.addObject().put("Key", t.key()).put("Value", t.value());
        }
    }
}
