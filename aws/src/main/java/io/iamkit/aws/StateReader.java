package io.iamkit.aws;

import io.iamkit.IamkitException;
import io.iamkit.Problem;
import io.iamkit.json.PolicyJson;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.Principal;
import io.iamkit.policy.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AttachedPolicy;
import software.amazon.awssdk.services.iam.model.GetRoleResponse;
import software.amazon.awssdk.services.iam.model.InstanceProfile;
import software.amazon.awssdk.services.iam.model.ListAttachedRolePoliciesResponse;
import software.amazon.awssdk.services.iam.model.ListInstanceProfilesForRoleResponse;
import software.amazon.awssdk.services.iam.model.ListPolicyVersionsResponse;
import software.amazon.awssdk.services.iam.model.ListRolePoliciesResponse;
import software.amazon.awssdk.services.iam.model.PolicyVersion;

/**
 * Reads what IAM holds, URL-decoding every document (the Java SDK hands them over encoded). Reads
 * that find nothing return empty; paging follows {@code Marker}, each page one call.
 */
final class StateReader {

    /** Unique ids IAM shows in place of a principal that was deleted: roles AROA…, users AIDA…. */
    private static final Pattern UNIQUE_ID = Pattern.compile("(AROA|AIDA)[A-Z0-9]{12,}");

    private final IamClient iam;
    private final Retrier retrier;

    StateReader(IamClient iam, Retrier retrier) {
        this.iam = iam;
        this.retrier = retrier;
    }

    /**
     * Reads a role and the documents of the inline policies named in {@code inlineToRead}.
     *
     * @param waitForRole true just after iamkit created it: NoSuchEntity is then propagation, polled until visible
     */
    Optional<RoleState> role(String name, Collection<String> inlineToRead, boolean waitForRole) {
        GetRoleResponse got = retrier.call(() -> iam.getRole(r -> r.roleName(name)), waitForRole,
                e -> !waitForRole && Failures.noSuchEntity(e));
        if (got == null) {
            return Optional.empty();
        }
        var role = got.role();
        String owner = "role " + name + " trust policy (as read from IAM)";
        PolicyDocument trust = role.assumeRolePolicyDocument() == null ? null : document(role.assumeRolePolicyDocument(), owner);
        List<String> attached = attached(name);
        List<String> inlineNames = inlineNames(name);
        Map<String, PolicyDocument> docs = new LinkedHashMap<>();
        for (String policyName : inlineToRead) {
            if (inlineNames.contains(policyName)) {
                String text = retrier.call(() -> iam.getRolePolicy(r -> r.roleName(name).policyName(policyName)).policyDocument(),
                        false, e -> Failures.noSuchEntity(e));
                if (text != null) {
                    docs.put(policyName, document(text, "role " + name + " inline policy " + policyName + " (as read from IAM)"));
                }
            }
        }
        return Optional.of(new RoleState(role.roleName(), role.arn(), role.path(), role.description(),
                Duration.ofSeconds(role.maxSessionDuration() == null ? 3600 : role.maxSessionDuration()),
                role.permissionsBoundary() == null ? null : role.permissionsBoundary().permissionsBoundaryArn(),
                Tags.fromSdk(role.tags()), trust, attached, inlineNames, docs, uniqueIds(trust)));
    }

    private List<String> attached(String role) {
        List<String> arns = new ArrayList<>();
        String marker = null;
        do {
            String m = marker;
            ListAttachedRolePoliciesResponse page = retrier.call(() -> iam.listAttachedRolePolicies(r -> r.roleName(role).marker(m)));
            page.attachedPolicies().stream().map(AttachedPolicy::policyArn).forEach(arns::add);
            marker = Boolean.TRUE.equals(page.isTruncated()) ? page.marker() : null;
        } while (marker != null);
        return arns;
    }

    private List<String> inlineNames(String role) {
        List<String> names = new ArrayList<>();
        String marker = null;
        do {
            String m = marker;
            ListRolePoliciesResponse page = retrier.call(() -> iam.listRolePolicies(r -> r.roleName(role).marker(m)));
            names.addAll(page.policyNames());
            marker = Boolean.TRUE.equals(page.isTruncated()) ? page.marker() : null;
        } while (marker != null);
        return names;
    }

    List<String> instanceProfiles(String role) {
        List<String> names = new ArrayList<>();
        String marker = null;
        do {
            String m = marker;
            ListInstanceProfilesForRoleResponse page = retrier.call(() -> iam.listInstanceProfilesForRole(r -> r.roleName(role).marker(m)));
            page.instanceProfiles().stream().map(InstanceProfile::instanceProfileName).forEach(names::add);
            marker = Boolean.TRUE.equals(page.isTruncated()) ? page.marker() : null;
        } while (marker != null);
        return names;
    }

    /** GetPolicy, then GetPolicyVersion of the default version. */
    Optional<PolicyState> policy(String arn, boolean waitForPolicy) {
        var got = retrier.call(() -> iam.getPolicy(r -> r.policyArn(arn)), waitForPolicy,
                e -> !waitForPolicy && Failures.noSuchEntity(e));
        if (got == null) {
            return Optional.empty();
        }
        var p = got.policy();
        String text = retrier.call(() -> iam.getPolicyVersion(r -> r.policyArn(arn).versionId(p.defaultVersionId()))
                .policyVersion().document(), true, Retrier.DoneCheck.NEVER);
        return Optional.of(new PolicyState(p.arn(), p.path(), p.description(), p.defaultVersionId(),
                document(text, "policy " + arn + " (as read from IAM)"), Tags.fromSdk(p.tags())));
    }

    /** The versions of a policy, oldest first. */
    List<PolicyVersion> versions(String arn) {
        List<PolicyVersion> all = new ArrayList<>();
        String marker = null;
        do {
            String m = marker;
            ListPolicyVersionsResponse page = retrier.call(() -> iam.listPolicyVersions(r -> r.policyArn(arn).marker(m)));
            all.addAll(page.versions());
            marker = Boolean.TRUE.equals(page.isTruncated()) ? page.marker() : null;
        } while (marker != null);
        all.sort(java.util.Comparator.comparing((PolicyVersion v) -> v.createDate() == null ? java.time.Instant.EPOCH : v.createDate())
                .thenComparing(v -> versionNumber(v.versionId())));
        return all;
    }

    private static int versionNumber(String id) {
        try {
            return Integer.parseInt(id.substring(1));
        } catch (RuntimeException e) {
            return Integer.MAX_VALUE;
        }
    }

    private static PolicyDocument document(String text, String owner) {
        try {
            // Always decode: IAM's encoding is percent-encoding, and a decoded document holds no '%'
            // outside strings that PolicyJson would not have accepted anyway.
            return PolicyJson.read(text, owner);
        } catch (IamkitException e) {
            throw new IamkitException(Problem.error("aws.unreadable", owner,
                    "IAM returned a document iamkit cannot read: " + e.getMessage()), e);
        }
    }

    private static List<String> uniqueIds(PolicyDocument trust) {
        if (trust == null) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        for (Statement s : trust.statements()) {
            for (Principal p : java.util.Arrays.asList(s.principal(), s.notPrincipal())) {
                if (p != null) {
                    p.values(Principal.AWS).stream().filter(v -> UNIQUE_ID.matcher(v).matches()).forEach(ids::add);
                }
            }
        }
        return ids;
    }
}
