package io.iamkit.testkit.internal;

import io.iamkit.arn.Arn;
import io.iamkit.arn.Partition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.iam.model.*;

/** Instance profiles and the account summary. */
final class ProfileOps {

    private final Engine engine;

    ProfileOps(Engine engine) {
        this.engine = engine;
    }

    private Records.InstanceProfileRecord profile(AccountState acct, String name, boolean read) {
        if (name == null) {
            throw Errors.required("instanceProfileName");
        }
        Records.InstanceProfileRecord ip = acct.instanceProfiles.get(RoleOps.key(name));
        if (ip == null || read && ip.visibility != null && ip.visibility.missedBy(engine.clock().instant())) {
            throw Errors.noSuchInstanceProfile(name);
        }
        return ip;
    }

    private InstanceProfile view(AccountState acct, Records.InstanceProfileRecord ip, boolean withTags) {
        List<Role> roles = new ArrayList<>();
        for (String roleKey : ip.roles) {
            Records.RoleRecord r = acct.roles.get(roleKey);
            if (r != null) {
                roles.add(Views.role(r, engine.roleOps().trustText(acct, r), Views.RoleShape.LIST));
            }
        }
        return Views.instanceProfile(ip, roles, withTags);
    }

    CreateInstanceProfileResponse createInstanceProfile(Caller caller, CreateInstanceProfileRequest req) {
        Checks.name(req.instanceProfileName(), "instanceProfileName", 128);
        String path = Checks.path(req.path(), "path");
        Checks.tags(req.hasTags() ? req.tags() : null);
        AccountState acct = engine.account(caller.account());
        if (acct.instanceProfiles.containsKey(RoleOps.key(req.instanceProfileName()))) {
            throw Errors.iam("EntityAlreadyExists", "Instance Profile " + req.instanceProfileName() + " already exists.");
        }
        if (acct.instanceProfiles.size() >= engine.quotas().instanceProfiles()) {
            throw Errors.limit("Cannot exceed quota for InstanceProfilesPerAccount: " + engine.quotas().instanceProfiles());
        }
        Records.InstanceProfileRecord ip = new Records.InstanceProfileRecord();
        ip.name = req.instanceProfileName();
        ip.path = path;
        ip.id = engine.ids().next("AIPA", 21);
        ip.arn = Arn.iam(Partition.AWS, acct.id, "instance-profile" + path + ip.name).toString();
        ip.created = engine.now();
        if (req.hasTags()) {
            req.tags().forEach(t -> ip.tags.put(RoleOps.key(t.key()), new Records.TagValue(t.key(), t.value() == null ? "" : t.value())));
        }
        ip.visibility = engine.newVisibility();
        acct.instanceProfiles.put(RoleOps.key(ip.name), ip);
        return CreateInstanceProfileResponse.builder().instanceProfile(view(acct, ip, true)).build();
    }

    GetInstanceProfileResponse getInstanceProfile(Caller caller, GetInstanceProfileRequest req) {
        AccountState acct = engine.account(caller.account());
        return GetInstanceProfileResponse.builder().instanceProfile(view(acct, profile(acct, req.instanceProfileName(), true), true)).build();
    }

    DeleteInstanceProfileResponse deleteInstanceProfile(Caller caller, DeleteInstanceProfileRequest req) {
        AccountState acct = engine.account(caller.account());
        Records.InstanceProfileRecord ip = profile(acct, req.instanceProfileName(), false);
        if (!ip.roles.isEmpty()) {
            throw Errors.conflict("Cannot delete entity, must remove roles from instance profile first.");
        }
        acct.instanceProfiles.remove(RoleOps.key(ip.name));
        return DeleteInstanceProfileResponse.builder().build();
    }

    ListInstanceProfilesResponse listInstanceProfiles(Caller caller, ListInstanceProfilesRequest req) {
        Checks.pathPrefix(req.pathPrefix());
        AccountState acct = engine.account(caller.account());
        List<Records.InstanceProfileRecord> visible = new ArrayList<>();
        for (Records.InstanceProfileRecord ip : acct.instanceProfiles.values()) {
            if ((req.pathPrefix() == null || ip.path.startsWith(req.pathPrefix()))
                    && (ip.visibility == null || !ip.visibility.missedBy(engine.clock().instant()))) {
                visible.add(ip);
            }
        }
        Page<Records.InstanceProfileRecord> page = Page.of(visible, ip -> RoleOps.key(ip.name), req.marker(), req.maxItems());
        return ListInstanceProfilesResponse.builder()
                .instanceProfiles(page.items().stream().map(ip -> view(acct, ip, false)).toList())
                .isTruncated(page.truncated()).marker(page.marker()).build();
    }

    AddRoleToInstanceProfileResponse addRoleToInstanceProfile(Caller caller, AddRoleToInstanceProfileRequest req) {
        AccountState acct = engine.account(caller.account());
        Records.InstanceProfileRecord ip = profile(acct, req.instanceProfileName(), false);
        Records.RoleRecord r = engine.roleOps().role(acct, req.roleName());
        // The same role again counts against the quota too: AWS answers LimitExceeded, not EntityAlreadyExists.
        if (!ip.roles.isEmpty()) {
            throw Errors.limit("Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1");
        }
        ip.roles.add(RoleOps.key(r.name));
        r.instanceProfiles.add(RoleOps.key(ip.name));
        return AddRoleToInstanceProfileResponse.builder().build();
    }

    RemoveRoleFromInstanceProfileResponse removeRoleFromInstanceProfile(Caller caller, RemoveRoleFromInstanceProfileRequest req) {
        AccountState acct = engine.account(caller.account());
        Records.InstanceProfileRecord ip = profile(acct, req.instanceProfileName(), false);
        Records.RoleRecord r = engine.roleOps().role(acct, req.roleName());
        if (!ip.roles.remove(RoleOps.key(r.name))) {
            throw Errors.noSuchRole(req.roleName());
        }
        r.instanceProfiles.remove(RoleOps.key(ip.name));
        return RemoveRoleFromInstanceProfileResponse.builder().build();
    }

    ListInstanceProfilesForRoleResponse listInstanceProfilesForRole(Caller caller, ListInstanceProfilesForRoleRequest req) {
        AccountState acct = engine.account(caller.account());
        Records.RoleRecord r = engine.roleOps().readRole(acct, req.roleName());
        List<Records.InstanceProfileRecord> ips = r.instanceProfiles.stream().sorted().map(acct.instanceProfiles::get).toList();
        Page<Records.InstanceProfileRecord> page = Page.of(ips, ip -> RoleOps.key(ip.name), req.marker(), req.maxItems());
        return ListInstanceProfilesForRoleResponse.builder()
                .instanceProfiles(page.items().stream().map(ip -> view(acct, ip, false)).toList())
                .isTruncated(page.truncated()).marker(page.marker()).build();
    }

    GetAccountSummaryResponse getAccountSummary(Caller caller, GetAccountSummaryRequest req) {
        AccountState acct = engine.account(caller.account());
        var q = engine.quotas();
        int versionsInUse = acct.policies.values().stream().mapToInt(p -> p.versions.size()).sum();
        Map<String, Integer> m = new java.util.LinkedHashMap<>();
        m.put("Users", 0);
        m.put("UsersQuota", 5000);
        m.put("Groups", 0);
        m.put("GroupsQuota", 300);
        m.put("Roles", acct.roles.size());
        m.put("RolesQuota", q.rolesPerAccount());
        m.put("Policies", acct.policies.size());
        m.put("PoliciesQuota", q.policiesPerAccount());
        m.put("InstanceProfiles", acct.instanceProfiles.size());
        m.put("InstanceProfilesQuota", q.instanceProfiles());
        m.put("PolicyVersionsInUse", versionsInUse);
        m.put("PolicyVersionsInUseQuota", 10000);
        m.put("VersionsPerPolicyQuota", q.versionsPerPolicy());
        m.put("AttachedPoliciesPerRoleQuota", q.attachedPoliciesPerRole());
        m.put("AttachedPoliciesPerUserQuota", 10);
        m.put("AttachedPoliciesPerGroupQuota", 10);
        m.put("AssumeRolePolicySizeQuota", q.assumeRolePolicySize());
        m.put("RolePolicySizeQuota", q.rolePolicySize());
        m.put("PolicySizeQuota", q.policySize());
        m.put("UserPolicySizeQuota", 2048);
        m.put("GroupPolicySizeQuota", 5120);
        m.put("GroupsPerUserQuota", 10);
        m.put("AccessKeysPerUserQuota", 2);
        m.put("SigningCertificatesPerUserQuota", 2);
        m.put("ServerCertificates", 0);
        m.put("ServerCertificatesQuota", 20);
        m.put("MFADevices", 0);
        m.put("MFADevicesInUse", 0);
        m.put("Providers", 0);
        m.put("AccountMFAEnabled", 0);
        m.put("AccountAccessKeysPresent", 0);
        m.put("AccountSigningCertificatesPresent", 0);
        m.put("GlobalEndpointTokenVersion", 1);
        return GetAccountSummaryResponse.builder().summaryMapWithStrings(m).build();
    }
}
