package io.iamkit.testkit.internal;

import io.iamkit.arn.Arn;
import io.iamkit.json.PolicyJson;
import io.iamkit.policy.Principal;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.services.iam.model.*;

/** Roles, their tags, trust policies, permissions boundaries and inline policies. */
final class RoleOps {

    private final Engine engine;

    RoleOps(Engine engine) {
        this.engine = engine;
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** A role for a write: propagation does not hide it. */
    Records.RoleRecord role(AccountState acct, String name) {
        if (name == null) {
            throw Errors.required("roleName");
        }
        Records.RoleRecord r = acct.roles.get(key(name));
        if (r == null) {
            throw Errors.noSuchRole(name);
        }
        return r;
    }

    /** A role for a read: a role still propagating is missed, as IAM's eventual consistency does. */
    Records.RoleRecord readRole(AccountState acct, String name) {
        Records.RoleRecord r = role(acct, name);
        if (r.visibility != null && r.visibility.missedBy(engine.clock().instant())) {
            throw Errors.noSuchRole(name);
        }
        return r;
    }

    /**
     * The trust policy as IAM reads it back: a role it named that has since been deleted (or
     * deleted and re-created) shows as its old unique id, because IAM stored the id, not the ARN.
     */
    String trustText(AccountState acct, Records.RoleRecord r) {
        String text = r.trustText;
        for (Map.Entry<String, String> e : r.trustedRoleIds.entrySet()) {
            Records.RoleRecord now = roleByArn(e.getKey());
            if (now == null || !now.id.equals(e.getValue())) {
                text = text.replace("\"" + e.getKey() + "\"", "\"" + e.getValue() + "\"");
            }
        }
        return text;
    }

    Records.RoleRecord roleByArn(String arn) {
        Arn a = Arn.tryParse(arn).orElse(null);
        if (a == null || !a.service().equals("iam") || !a.resource().startsWith("role/")) {
            return null;
        }
        Records.RoleRecord r = engine.account(a.account()).roles.get(key(a.resourceName()));
        return r != null && r.arn.equals(arn) ? r : null;
    }

    private boolean principalExists(String arn) {
        Arn a = Arn.tryParse(arn).orElse(null);
        if (a == null) {
            return false;
        }
        if (!engine.isKnown(a.account()) || a.service().equals("sts") || a.resource().equals("root")) {
            return true;
        }
        if (a.resource().startsWith("role/")) {
            Records.RoleRecord r = roleByArn(arn);
            return r != null && (r.visibility == null || !r.visibility.propagatingAsPrincipal(engine.clock().instant()));
        }
        // The fake has no users or groups; a user ARN is taken on trust (see docs/testkit.md).
        return a.resource().startsWith("user/");
    }

    private PolicyDocument checkTrust(String text) {
        if (text == null) {
            throw Errors.required("assumeRolePolicyDocument");
        }
        int size = Checks.identitySize(text, "assumeRolePolicyDocument");
        if (size > engine.quotas().assumeRolePolicySize()) {
            throw Errors.limit("Cannot exceed quota for ACLSizePerRole: " + engine.quotas().assumeRolePolicySize());
        }
        return Checks.trust(text, this::principalExists);
    }

    private Map<String, String> trustedRoleIds(PolicyDocument trust) {
        Map<String, String> ids = new LinkedHashMap<>();
        for (Statement s : trust.statements()) {
            for (Principal p : new Principal[] {s.principal(), s.notPrincipal()}) {
                if (p != null) {
                    for (String v : p.values(Principal.AWS)) {
                        Records.RoleRecord r = roleByArn(v);
                        if (r != null) {
                            ids.put(v, r.id);
                        }
                    }
                }
            }
        }
        return ids;
    }

    CreateRoleResponse createRole(Caller caller, CreateRoleRequest req) {
        Checks.name(req.roleName(), "roleName", 64);
        String path = Checks.path(req.path(), "path");
        Checks.description(req.description());
        Checks.maxSessionDuration(req.maxSessionDuration());
        Checks.tags(req.hasTags() ? req.tags() : null);
        AccountState acct = engine.account(caller.account());
        if (acct.roles.containsKey(key(req.roleName()))) {
            throw Errors.iam("EntityAlreadyExists", "Role with name " + req.roleName() + " already exists.");
        }
        PolicyDocument trust = checkTrust(req.assumeRolePolicyDocument());
        if (req.permissionsBoundary() != null) {
            engine.policyOps().requireBoundary(acct, req.permissionsBoundary());
        }
        if (acct.roles.size() >= engine.quotas().rolesPerAccount()) {
            throw Errors.limit("Cannot exceed quota for RolesPerAccount: " + engine.quotas().rolesPerAccount());
        }
        Records.RoleRecord r = new Records.RoleRecord();
        r.name = req.roleName();
        r.path = path;
        r.id = engine.ids().next("AROA", 21);
        r.arn = Arn.role(io.iamkit.arn.Partition.AWS, acct.id, path, r.name).toString();
        r.created = engine.now();
        r.description = req.description();
        if (req.maxSessionDuration() != null) {
            r.maxSessionDuration = req.maxSessionDuration();
        }
        r.trustText = req.assumeRolePolicyDocument();
        r.trustedRoleIds = trustedRoleIds(trust);
        if (req.hasTags()) {
            req.tags().forEach(t -> r.tags.put(key(t.key()), new Records.TagValue(t.key(), t.value() == null ? "" : t.value())));
        }
        if (req.permissionsBoundary() != null) {
            r.boundaryArn = req.permissionsBoundary();
            acct.boundaryUses.merge(r.boundaryArn, 1, Integer::sum);
        }
        r.visibility = engine.newVisibility();
        acct.roles.put(key(r.name), r);
        return CreateRoleResponse.builder().role(Views.role(r, r.trustText, Views.RoleShape.CREATE)).build();
    }

    GetRoleResponse getRole(Caller caller, GetRoleRequest req) {
        AccountState acct = engine.account(caller.account());
        Records.RoleRecord r = readRole(acct, req.roleName());
        return GetRoleResponse.builder().role(Views.role(r, trustText(acct, r), Views.RoleShape.FULL)).build();
    }

    UpdateRoleResponse updateRole(Caller caller, UpdateRoleRequest req) {
        Checks.description(req.description());
        Checks.maxSessionDuration(req.maxSessionDuration());
        Records.RoleRecord r = role(engine.account(caller.account()), req.roleName());
        if (req.description() != null) {
            r.description = req.description();
        }
        if (req.maxSessionDuration() != null) {
            r.maxSessionDuration = req.maxSessionDuration();
        }
        return UpdateRoleResponse.builder().build();
    }

    UpdateRoleDescriptionResponse updateRoleDescription(Caller caller, UpdateRoleDescriptionRequest req) {
        Checks.description(req.description());
        AccountState acct = engine.account(caller.account());
        Records.RoleRecord r = role(acct, req.roleName());
        r.description = req.description();
        return UpdateRoleDescriptionResponse.builder().role(Views.role(r, trustText(acct, r), Views.RoleShape.FULL)).build();
    }

    UpdateAssumeRolePolicyResponse updateAssumeRolePolicy(Caller caller, UpdateAssumeRolePolicyRequest req) {
        AccountState acct = engine.account(caller.account());
        Records.RoleRecord r = role(acct, req.roleName());
        PolicyDocument trust = checkTrust(req.policyDocument());
        r.trustText = req.policyDocument();
        r.trustedRoleIds = trustedRoleIds(trust);
        return UpdateAssumeRolePolicyResponse.builder().build();
    }

    DeleteRoleResponse deleteRole(Caller caller, DeleteRoleRequest req) {
        AccountState acct = engine.account(caller.account());
        Records.RoleRecord r = role(acct, req.roleName());
        if (!r.instanceProfiles.isEmpty()) {
            throw Errors.conflict("Cannot delete entity, must remove roles from instance profile first.");
        }
        if (!r.attached.isEmpty()) {
            throw Errors.conflict("Cannot delete entity, must detach all policies first.");
        }
        if (!r.inline.isEmpty()) {
            throw Errors.conflict("Cannot delete entity, must delete policies first.");
        }
        if (r.boundaryArn != null) {
            acct.boundaryUses.merge(r.boundaryArn, -1, Integer::sum);
        }
        acct.roles.remove(key(r.name));
        return DeleteRoleResponse.builder().build();
    }

    ListRolesResponse listRoles(Caller caller, ListRolesRequest req) {
        Checks.pathPrefix(req.pathPrefix());
        AccountState acct = engine.account(caller.account());
        List<Records.RoleRecord> visible = new ArrayList<>();
        for (Records.RoleRecord r : acct.roles.values()) {
            if (req.pathPrefix() != null && !r.path.startsWith(req.pathPrefix())) {
                continue;
            }
            if (r.visibility != null && r.visibility.missedBy(engine.clock().instant())) {
                continue;
            }
            visible.add(r);
        }
        Page<Records.RoleRecord> page = Page.of(visible, r -> key(r.name), req.marker(), req.maxItems());
        return ListRolesResponse.builder()
                .roles(page.items().stream().map(r -> Views.role(r, trustText(acct, r), Views.RoleShape.LIST)).toList())
                .isTruncated(page.truncated())
                .marker(page.marker())
                .build();
    }

    TagRoleResponse tagRole(Caller caller, TagRoleRequest req) {
        Checks.requiredTags(req.hasTags());
        Checks.tags(req.tags());
        Records.RoleRecord r = role(engine.account(caller.account()), req.roleName());
        mergeTags(r.tags, req.tags());
        return TagRoleResponse.builder().build();
    }

    static void mergeTags(Map<String, Records.TagValue> current, List<Tag> tags) {
        Map<String, Records.TagValue> merged = new LinkedHashMap<>(current);
        for (Tag t : tags) {
            merged.put(key(t.key()), new Records.TagValue(t.key(), t.value() == null ? "" : t.value()));
        }
        if (merged.size() > 50) {
            throw Errors.limit("The number of tags has reached the maximum limit.");
        }
        current.clear();
        current.putAll(merged);
    }

    UntagRoleResponse untagRole(Caller caller, UntagRoleRequest req) {
        Checks.tagKeys(req.tagKeys());
        Records.RoleRecord r = role(engine.account(caller.account()), req.roleName());
        req.tagKeys().forEach(k -> r.tags.remove(key(k)));
        return UntagRoleResponse.builder().build();
    }

    ListRoleTagsResponse listRoleTags(Caller caller, ListRoleTagsRequest req) {
        Records.RoleRecord r = readRole(engine.account(caller.account()), req.roleName());
        Page<Records.TagValue> page = Page.of(sortedTags(r.tags), t -> key(t.key()), req.marker(), req.maxItems());
        return ListRoleTagsResponse.builder().tags(Views.tags(page.items())).isTruncated(page.truncated()).marker(page.marker()).build();
    }

    static List<Records.TagValue> sortedTags(Map<String, Records.TagValue> tags) {
        return tags.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList();
    }

    PutRolePermissionsBoundaryResponse putRolePermissionsBoundary(Caller caller, PutRolePermissionsBoundaryRequest req) {
        AccountState acct = engine.account(caller.account());
        Records.RoleRecord r = role(acct, req.roleName());
        engine.policyOps().requireBoundary(acct, req.permissionsBoundary());
        if (r.boundaryArn != null) {
            acct.boundaryUses.merge(r.boundaryArn, -1, Integer::sum);
        }
        r.boundaryArn = req.permissionsBoundary();
        acct.boundaryUses.merge(r.boundaryArn, 1, Integer::sum);
        return PutRolePermissionsBoundaryResponse.builder().build();
    }

    DeleteRolePermissionsBoundaryResponse deleteRolePermissionsBoundary(Caller caller, DeleteRolePermissionsBoundaryRequest req) {
        AccountState acct = engine.account(caller.account());
        Records.RoleRecord r = role(acct, req.roleName());
        if (r.boundaryArn != null) {
            acct.boundaryUses.merge(r.boundaryArn, -1, Integer::sum);
            r.boundaryArn = null;
        }
        return DeleteRolePermissionsBoundaryResponse.builder().build();
    }

    PutRolePolicyResponse putRolePolicy(Caller caller, PutRolePolicyRequest req) {
        Checks.name(req.policyName(), "policyName", 128);
        Records.RoleRecord r = role(engine.account(caller.account()), req.roleName());
        if (req.policyDocument() == null) {
            throw Errors.required("policyDocument");
        }
        int size = Checks.identitySize(req.policyDocument(), "policyDocument");
        Checks.identity(req.policyDocument());
        int total = size;
        for (Map.Entry<String, String> e : r.inline.entrySet()) {
            if (!e.getKey().equals(req.policyName())) {
                total += PolicyJson.size(e.getValue());
            }
        }
        if (total > engine.quotas().rolePolicySize()) {
            throw Errors.limit("Maximum policy size of " + engine.quotas().rolePolicySize() + " bytes exceeded for role " + r.name);
        }
        r.inline.put(req.policyName(), req.policyDocument());
        return PutRolePolicyResponse.builder().build();
    }

    GetRolePolicyResponse getRolePolicy(Caller caller, GetRolePolicyRequest req) {
        Records.RoleRecord r = readRole(engine.account(caller.account()), req.roleName());
        String text = r.inline.get(req.policyName());
        if (text == null) {
            throw Errors.noSuchRolePolicy(req.policyName());
        }
        return GetRolePolicyResponse.builder().roleName(r.name).policyName(req.policyName())
                .policyDocument(io.iamkit.json.PercentEncoding.encode(text)).build();
    }

    DeleteRolePolicyResponse deleteRolePolicy(Caller caller, DeleteRolePolicyRequest req) {
        Records.RoleRecord r = role(engine.account(caller.account()), req.roleName());
        if (r.inline.remove(req.policyName()) == null) {
            throw Errors.noSuchRolePolicy(req.policyName());
        }
        return DeleteRolePolicyResponse.builder().build();
    }

    ListRolePoliciesResponse listRolePolicies(Caller caller, ListRolePoliciesRequest req) {
        Records.RoleRecord r = readRole(engine.account(caller.account()), req.roleName());
        Page<String> page = Page.of(new ArrayList<>(r.inline.keySet()), n -> n, req.marker(), req.maxItems());
        return ListRolePoliciesResponse.builder().policyNames(page.items()).isTruncated(page.truncated()).marker(page.marker()).build();
    }
}
