package io.iamkit.testkit.internal;

import io.iamkit.arn.Arn;
import io.iamkit.arn.Partition;
import io.iamkit.catalog.AwsManagedPolicies;
import io.iamkit.catalog.AwsManagedPolicy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.iam.model.*;

/** Customer managed policies, their versions and tags, AWS managed policies, and attachments. */
final class PolicyOps {

    private static final Pattern VERSION_ID = Pattern.compile("v[1-9][0-9]*(\\.[A-Za-z0-9-]*)?");

    private final Engine engine;

    PolicyOps(Engine engine) {
        this.engine = engine;
    }

    /** A customer managed policy of {@code acct}, or empty when the ARN names none (or another account's). */
    Optional<Records.PolicyRecord> customer(AccountState acct, String arn) {
        Arn a = Arn.tryParse(arn).orElse(null);
        if (a == null || !a.service().equals("iam") || !a.account().equals(acct.id) || !a.resource().startsWith("policy/")) {
            return Optional.empty();
        }
        Records.PolicyRecord p = acct.policies.get(RoleOps.key(a.resourceName()));
        return p != null && p.arn.equals(arn) ? Optional.of(p) : Optional.empty();
    }

    static Optional<AwsManagedPolicy> aws(String arn) {
        return arn != null && arn.startsWith("arn:aws:iam::aws:policy/") ? AwsManagedPolicies.byArn(arn) : Optional.empty();
    }

    private static void arnShape(String arn, String member) {
        if (arn == null) {
            throw Errors.required(member);
        }
        if (arn.length() < 20 || arn.length() > 2048) {
            throw Errors.constraint(arn, member, arn.length() < 20 ? "Member must have length greater than or equal to 20"
                    : "Member must have length less than or equal to 2048");
        }
        if (Arn.tryParse(arn).isEmpty()) {
            throw Errors.invalidInput("ARN " + arn + " is not valid.");
        }
    }

    /** The ARN names a policy that can be attached (or used as a boundary) in {@code acct}. */
    void requireAttachable(AccountState acct, String arn) {
        arnShape(arn, "policyArn");
        if (customer(acct, arn).isEmpty() && aws(arn).isEmpty()) {
            throw Errors.notAttachable(arn);
        }
    }

    void requireBoundary(AccountState acct, String arn) {
        arnShape(arn, "permissionsBoundary");
        if (customer(acct, arn).isEmpty() && aws(arn).isEmpty()) {
            throw Errors.notAttachable(arn);
        }
    }

    private Records.PolicyRecord requireCustomer(AccountState acct, String arn, boolean read) {
        arnShape(arn, "policyArn");
        Records.PolicyRecord p = customer(acct, arn).orElseThrow(() -> Errors.noSuchPolicy(arn));
        if (read && p.visibility != null && p.visibility.missedBy(engine.clock().instant())) {
            throw Errors.noSuchPolicy(arn);
        }
        return p;
    }

    private int checkDocument(String text) {
        if (text == null) {
            throw Errors.required("policyDocument");
        }
        int size = Checks.identitySize(text, "policyDocument");
        if (size > engine.quotas().policySize()) {
            throw Errors.limit("Cannot exceed quota for PolicySize: " + engine.quotas().policySize());
        }
        Checks.identity(text);
        return size;
    }

    private Policy view(AccountState acct, Records.PolicyRecord p, boolean full) {
        return Views.policy(p, acct.attachments.getOrDefault(p.arn, 0), acct.boundaryUses.getOrDefault(p.arn, 0), full);
    }

    private Policy awsView(AccountState acct, AwsManagedPolicy p) {
        return Views.awsPolicy(p, acct.attachments.getOrDefault(p.arn(), 0), acct.boundaryUses.getOrDefault(p.arn(), 0));
    }

    CreatePolicyResponse createPolicy(Caller caller, CreatePolicyRequest req) {
        Checks.name(req.policyName(), "policyName", 128);
        String path = Checks.path(req.path(), "path");
        Checks.description(req.description());
        Checks.tags(req.hasTags() ? req.tags() : null);
        AccountState acct = engine.account(caller.account());
        if (acct.policies.containsKey(RoleOps.key(req.policyName()))) {
            throw Errors.iam("EntityAlreadyExists", "A policy called " + req.policyName() + " already exists. Duplicate names are not allowed.");
        }
        checkDocument(req.policyDocument());
        if (acct.policies.size() >= engine.quotas().policiesPerAccount()) {
            throw Errors.limit("Cannot exceed quota for PoliciesPerAccount: " + engine.quotas().policiesPerAccount());
        }
        Records.PolicyRecord p = new Records.PolicyRecord();
        p.name = req.policyName();
        p.path = path;
        p.id = engine.ids().next("ANPA", 21);
        p.arn = Arn.policy(Partition.AWS, acct.id, path, p.name).toString();
        p.description = req.description();
        p.created = engine.now();
        p.updated = p.created;
        if (req.hasTags()) {
            req.tags().forEach(t -> p.tags.put(RoleOps.key(t.key()), new Records.TagValue(t.key(), t.value() == null ? "" : t.value())));
        }
        p.versions.put(1, new Records.VersionRecord(1, req.policyDocument(), p.created));
        p.nextVersion = 2;
        p.defaultVersion = 1;
        p.visibility = engine.newVisibility();
        acct.policies.put(RoleOps.key(p.name), p);
        return CreatePolicyResponse.builder().policy(view(acct, p, true)).build();
    }

    GetPolicyResponse getPolicy(Caller caller, GetPolicyRequest req) {
        AccountState acct = engine.account(caller.account());
        Optional<AwsManagedPolicy> aws = aws(req.policyArn());
        if (aws.isPresent()) {
            return GetPolicyResponse.builder().policy(awsView(acct, aws.get())).build();
        }
        return GetPolicyResponse.builder().policy(view(acct, requireCustomer(acct, req.policyArn(), true), true)).build();
    }

    DeletePolicyResponse deletePolicy(Caller caller, DeletePolicyRequest req) {
        AccountState acct = engine.account(caller.account());
        Records.PolicyRecord p = requireCustomer(acct, req.policyArn(), false);
        if (acct.attachments.getOrDefault(p.arn, 0) > 0 || acct.boundaryUses.getOrDefault(p.arn, 0) > 0) {
            throw Errors.conflict("Cannot delete a policy attached to entities.");
        }
        if (p.versions.size() > 1) {
            throw Errors.conflict("This policy has more than one version. Before you delete a policy, you must delete the policy's versions. The default version is deleted with the policy.");
        }
        acct.policies.remove(RoleOps.key(p.name));
        acct.attachments.remove(p.arn);
        acct.boundaryUses.remove(p.arn);
        return DeletePolicyResponse.builder().build();
    }

    ListPoliciesResponse listPolicies(Caller caller, ListPoliciesRequest req) {
        Checks.pathPrefix(req.pathPrefix());
        AccountState acct = engine.account(caller.account());
        String scope = req.scopeAsString() == null ? "All" : req.scopeAsString();
        if (!scope.equals("All") && !scope.equals("AWS") && !scope.equals("Local")) {
            throw Errors.constraint(scope, "scope", "Member must satisfy enum value set: [All, AWS, Local]");
        }
        boolean onlyAttached = Boolean.TRUE.equals(req.onlyAttached());
        String prefix = req.pathPrefix();
        record Entry(String key, Policy policy) {
        }
        List<Entry> all = new ArrayList<>();
        if (!scope.equals("Local")) {
            for (AwsManagedPolicy p : AwsManagedPolicies.all()) {
                if ((prefix == null || p.path().startsWith(prefix)) && (!onlyAttached || acct.attachments.getOrDefault(p.arn(), 0) > 0)) {
                    all.add(new Entry(p.name().toLowerCase(Locale.ROOT) + "\u0000" + p.arn(), awsView(acct, p)));
                }
            }
        }
        if (!scope.equals("AWS")) {
            for (Records.PolicyRecord p : acct.policies.values()) {
                if (p.visibility != null && p.visibility.missedBy(engine.clock().instant())) {
                    continue;
                }
                if ((prefix == null || p.path.startsWith(prefix)) && (!onlyAttached || acct.attachments.getOrDefault(p.arn, 0) > 0)) {
                    all.add(new Entry(RoleOps.key(p.name) + "\u0000" + p.arn, view(acct, p, false)));
                }
            }
        }
        all.sort(Comparator.comparing(Entry::key));
        Page<Entry> page = Page.of(all, Entry::key, req.marker(), req.maxItems());
        return ListPoliciesResponse.builder().policies(page.items().stream().map(Entry::policy).toList())
                .isTruncated(page.truncated()).marker(page.marker()).build();
    }

    TagPolicyResponse tagPolicy(Caller caller, TagPolicyRequest req) {
        Checks.requiredTags(req.hasTags());
        Checks.tags(req.tags());
        Records.PolicyRecord p = requireCustomer(engine.account(caller.account()), req.policyArn(), false);
        RoleOps.mergeTags(p.tags, req.tags());
        return TagPolicyResponse.builder().build();
    }

    UntagPolicyResponse untagPolicy(Caller caller, UntagPolicyRequest req) {
        Checks.tagKeys(req.tagKeys());
        Records.PolicyRecord p = requireCustomer(engine.account(caller.account()), req.policyArn(), false);
        req.tagKeys().forEach(k -> p.tags.remove(RoleOps.key(k)));
        return UntagPolicyResponse.builder().build();
    }

    ListPolicyTagsResponse listPolicyTags(Caller caller, ListPolicyTagsRequest req) {
        Records.PolicyRecord p = requireCustomer(engine.account(caller.account()), req.policyArn(), true);
        Page<Records.TagValue> page = Page.of(RoleOps.sortedTags(p.tags), t -> RoleOps.key(t.key()), req.marker(), req.maxItems());
        return ListPolicyTagsResponse.builder().tags(Views.tags(page.items())).isTruncated(page.truncated()).marker(page.marker()).build();
    }

    private static int versionNumber(String versionId) {
        if (versionId == null) {
            throw Errors.required("versionId");
        }
        if (!VERSION_ID.matcher(versionId).matches()) {
            throw Errors.constraint(String.valueOf(versionId), "versionId", "Member must satisfy regular expression pattern: v[1-9][0-9]*(\\.[A-Za-z0-9-]*)?");
        }
        int dot = versionId.indexOf('.');
        try {
            return Integer.parseInt(versionId.substring(1, dot < 0 ? versionId.length() : dot));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static software.amazon.awssdk.awscore.exception.AwsServiceException noVersion(String arn, String versionId) {
        return Errors.iam("NoSuchEntity", "Policy " + arn + " version " + versionId + " does not exist or is not attachable.");
    }

    CreatePolicyVersionResponse createPolicyVersion(Caller caller, CreatePolicyVersionRequest req) {
        AccountState acct = engine.account(caller.account());
        Records.PolicyRecord p = requireCustomer(acct, req.policyArn(), false);
        checkDocument(req.policyDocument());
        if (p.versions.size() >= engine.quotas().versionsPerPolicy()) {
            throw Errors.limit("A managed policy can have up to " + engine.quotas().versionsPerPolicy()
                    + " versions. Before you create a new version, you must delete an existing version.");
        }
        Records.VersionRecord v = new Records.VersionRecord(p.nextVersion++, req.policyDocument(), engine.now());
        p.versions.put(v.number, v);
        if (Boolean.TRUE.equals(req.setAsDefault())) {
            p.defaultVersion = v.number;
            p.updated = v.created;
        }
        return CreatePolicyVersionResponse.builder().policyVersion(Views.version(v, v.number == p.defaultVersion, false)).build();
    }

    GetPolicyVersionResponse getPolicyVersion(Caller caller, GetPolicyVersionRequest req) {
        AccountState acct = engine.account(caller.account());
        int n = versionNumber(req.versionId());
        Optional<AwsManagedPolicy> aws = aws(req.policyArn());
        if (aws.isPresent()) {
            if (!aws.get().defaultVersionId().equals(req.versionId())) {
                throw noVersion(req.policyArn(), req.versionId());
            }
            return GetPolicyVersionResponse.builder().policyVersion(Views.awsVersion(aws.get(), true)).build();
        }
        Records.PolicyRecord p = requireCustomer(acct, req.policyArn(), true);
        Records.VersionRecord v = p.versions.get(n);
        if (v == null || !v.id().equals(req.versionId())) {
            throw noVersion(req.policyArn(), req.versionId());
        }
        return GetPolicyVersionResponse.builder().policyVersion(Views.version(v, n == p.defaultVersion, true)).build();
    }

    DeletePolicyVersionResponse deletePolicyVersion(Caller caller, DeletePolicyVersionRequest req) {
        AccountState acct = engine.account(caller.account());
        int n = versionNumber(req.versionId());
        Records.PolicyRecord p = requireCustomer(acct, req.policyArn(), false);
        Records.VersionRecord v = p.versions.get(n);
        if (v == null || !v.id().equals(req.versionId())) {
            throw noVersion(req.policyArn(), req.versionId());
        }
        if (n == p.defaultVersion) {
            throw Errors.conflict("Cannot delete the default version of a policy.");
        }
        p.versions.remove(n);
        return DeletePolicyVersionResponse.builder().build();
    }

    ListPolicyVersionsResponse listPolicyVersions(Caller caller, ListPolicyVersionsRequest req) {
        AccountState acct = engine.account(caller.account());
        Optional<AwsManagedPolicy> aws = aws(req.policyArn());
        if (aws.isPresent()) {
            return ListPolicyVersionsResponse.builder().versions(Views.awsVersion(aws.get(), false)).isTruncated(false).build();
        }
        Records.PolicyRecord p = requireCustomer(acct, req.policyArn(), true);
        List<Records.VersionRecord> newestFirst = new ArrayList<>(p.versions.descendingMap().values());
        // Keys sort the way the list runs: newest first.
        Page<Records.VersionRecord> page = Page.of(newestFirst, v -> String.format("%010d", Integer.MAX_VALUE - v.number), req.marker(), req.maxItems());
        return ListPolicyVersionsResponse.builder()
                .versions(page.items().stream().map(v -> Views.version(v, v.number == p.defaultVersion, false)).toList())
                .isTruncated(page.truncated()).marker(page.marker()).build();
    }

    SetDefaultPolicyVersionResponse setDefaultPolicyVersion(Caller caller, SetDefaultPolicyVersionRequest req) {
        AccountState acct = engine.account(caller.account());
        int n = versionNumber(req.versionId());
        Records.PolicyRecord p = requireCustomer(acct, req.policyArn(), false);
        Records.VersionRecord v = p.versions.get(n);
        if (v == null || !v.id().equals(req.versionId())) {
            throw noVersion(req.policyArn(), req.versionId());
        }
        p.defaultVersion = n;
        p.updated = engine.now();
        return SetDefaultPolicyVersionResponse.builder().build();
    }

    AttachRolePolicyResponse attachRolePolicy(Caller caller, AttachRolePolicyRequest req) {
        AccountState acct = engine.account(caller.account());
        Records.RoleRecord r = engine.roleOps().role(acct, req.roleName());
        requireAttachable(acct, req.policyArn());
        if (r.attached.contains(req.policyArn())) {
            return AttachRolePolicyResponse.builder().build();
        }
        if (r.attached.size() >= engine.quotas().attachedPoliciesPerRole()) {
            throw Errors.limit("Cannot exceed quota for PoliciesPerRole: " + engine.quotas().attachedPoliciesPerRole());
        }
        r.attached.add(req.policyArn());
        acct.attachments.merge(req.policyArn(), 1, Integer::sum);
        return AttachRolePolicyResponse.builder().build();
    }

    DetachRolePolicyResponse detachRolePolicy(Caller caller, DetachRolePolicyRequest req) {
        AccountState acct = engine.account(caller.account());
        Records.RoleRecord r = engine.roleOps().role(acct, req.roleName());
        arnShape(req.policyArn(), "policyArn");
        if (!r.attached.remove(req.policyArn())) {
            throw Errors.noSuchPolicy(req.policyArn());
        }
        acct.attachments.merge(req.policyArn(), -1, Integer::sum);
        return DetachRolePolicyResponse.builder().build();
    }

    private String nameOf(AccountState acct, String arn) {
        return aws(arn).map(AwsManagedPolicy::name).orElseGet(() -> customer(acct, arn).map(p -> p.name).orElse(Arn.parse(arn).resourceName()));
    }

    private String pathOf(AccountState acct, String arn) {
        return aws(arn).map(AwsManagedPolicy::path).orElseGet(() -> customer(acct, arn).map(p -> p.path).orElse("/"));
    }

    ListAttachedRolePoliciesResponse listAttachedRolePolicies(Caller caller, ListAttachedRolePoliciesRequest req) {
        Checks.pathPrefix(req.pathPrefix());
        AccountState acct = engine.account(caller.account());
        Records.RoleRecord r = engine.roleOps().readRole(acct, req.roleName());
        List<String> arns = r.attached.stream()
                .filter(a -> req.pathPrefix() == null || pathOf(acct, a).startsWith(req.pathPrefix()))
                .sorted().toList();
        Page<String> page = Page.of(arns, a -> a, req.marker(), req.maxItems());
        return ListAttachedRolePoliciesResponse.builder()
                .attachedPolicies(page.items().stream().map(a -> AttachedPolicy.builder().policyArn(a).policyName(nameOf(acct, a)).build()).toList())
                .isTruncated(page.truncated()).marker(page.marker()).build();
    }

    ListEntitiesForPolicyResponse listEntitiesForPolicy(Caller caller, ListEntitiesForPolicyRequest req) {
        Checks.pathPrefix(req.pathPrefix());
        AccountState acct = engine.account(caller.account());
        if (aws(req.policyArn()).isEmpty()) {
            requireCustomer(acct, req.policyArn(), true);
        }
        String filter = req.entityFilterAsString();
        String usage = req.policyUsageFilterAsString();
        List<Records.RoleRecord> roles = new ArrayList<>();
        if (filter == null || filter.equals("Role")) {
            for (Records.RoleRecord r : acct.roles.values()) {
                boolean asPolicy = r.attached.contains(req.policyArn()) && (usage == null || usage.equals("PermissionsPolicy"));
                boolean asBoundary = req.policyArn().equals(r.boundaryArn) && (usage == null || usage.equals("PermissionsBoundary"));
                if ((asPolicy || asBoundary) && (req.pathPrefix() == null || r.path.startsWith(req.pathPrefix()))) {
                    roles.add(r);
                }
            }
        }
        Page<Records.RoleRecord> page = Page.of(roles, r -> RoleOps.key(r.name), req.marker(), req.maxItems());
        return ListEntitiesForPolicyResponse.builder()
                .policyRoles(page.items().stream().map(r -> PolicyRole.builder().roleName(r.name).roleId(r.id).build()).toList())
                .policyUsers(List.of()).policyGroups(List.of())
                .isTruncated(page.truncated()).marker(page.marker()).build();
    }
}
