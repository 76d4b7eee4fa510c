package io.iamkit.testkit.internal;

import io.iamkit.catalog.AwsManagedPolicy;
import io.iamkit.json.PercentEncoding;
import io.iamkit.json.PolicyJson;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import software.amazon.awssdk.services.iam.model.AttachedPermissionsBoundary;
import software.amazon.awssdk.services.iam.model.InstanceProfile;
import software.amazon.awssdk.services.iam.model.Policy;
import software.amazon.awssdk.services.iam.model.PolicyVersion;
import software.amazon.awssdk.services.iam.model.Role;
import software.amazon.awssdk.services.iam.model.RoleLastUsed;
import software.amazon.awssdk.services.iam.model.Tag;

/**
 * The fake's records as the SDK's model objects, leaving out exactly what each AWS response leaves
 * out, and URL-encoding documents where AWS does.
 */
final class Views {

    /** AWS managed policies carry no creation date in the bundled catalog; this stands in for it. */
    static final Instant AWS_MANAGED_CREATED = Instant.parse("2015-02-06T18:39:46Z");

    private Views() {
    }

    enum RoleShape {
        /** CreateRole: no MaxSessionDuration, no RoleLastUsed. */
        CREATE,
        /** GetRole, UpdateRole…: everything. */
        FULL,
        /** ListRoles, ListInstanceProfiles…: no Tags, PermissionsBoundary or RoleLastUsed. */
        LIST
    }

    static Role role(Records.RoleRecord r, String trustText, RoleShape shape) {
        Role.Builder b = Role.builder()
                .path(r.path)
                .roleName(r.name)
                .roleId(r.id)
                .arn(r.arn)
                .createDate(r.created)
                .assumeRolePolicyDocument(r.encode(trustText));
        if (r.description != null) {
            b.description(r.description);
        }
        if (shape != RoleShape.CREATE) {
            b.maxSessionDuration(r.maxSessionDuration);
        }
        if (shape != RoleShape.LIST) {
            if (!r.tags.isEmpty()) {
                b.tags(tags(r.tags.values()));
            }
            if (r.boundaryArn != null) {
                b.permissionsBoundary(boundary(r.boundaryArn));
            }
        }
        if (shape == RoleShape.FULL) {
            b.roleLastUsed(RoleLastUsed.builder().build());
        }
        return b.build();
    }

    static AttachedPermissionsBoundary boundary(String arn) {
        return AttachedPermissionsBoundary.builder().permissionsBoundaryArn(arn).permissionsBoundaryType("Policy").build();
    }

    static List<Tag> tags(Collection<Records.TagValue> tags) {
        return tags.stream().map(t -> Tag.builder().key(t.key()).value(t.value()).build()).toList();
    }

    static Policy policy(Records.PolicyRecord p, int attachments, int boundaryUses, boolean withDescriptionAndTags) {
        Policy.Builder b = Policy.builder()
                .policyName(p.name)
                .policyId(p.id)
                .arn(p.arn)
                .path(p.path)
                .defaultVersionId("v" + p.defaultVersion)
                .attachmentCount(attachments)
                .permissionsBoundaryUsageCount(boundaryUses)
                .isAttachable(true)
                .createDate(p.created)
                .updateDate(p.updated);
        if (withDescriptionAndTags) {
            if (p.description != null) {
                b.description(p.description);
            }
            if (!p.tags.isEmpty()) {
                b.tags(tags(p.tags.values()));
            }
        }
        return b.build();
    }

    static Policy awsPolicy(AwsManagedPolicy p, int attachments, int boundaryUses) {
        return Policy.builder()
                .policyName(p.name())
                .policyId(Ids.stable("ANPA", p.arn()))
                .arn(p.arn())
                .path(p.path())
                .defaultVersionId(p.defaultVersionId())
                .attachmentCount(attachments)
                .permissionsBoundaryUsageCount(boundaryUses)
                .isAttachable(true)
                .createDate(AWS_MANAGED_CREATED)
                .updateDate(AWS_MANAGED_CREATED)
                .build();
    }

    static PolicyVersion version(Records.VersionRecord v, boolean isDefault, boolean withDocument) {
        PolicyVersion.Builder b = PolicyVersion.builder().versionId(v.id()).isDefaultVersion(isDefault).createDate(v.created);
        if (withDocument) {
            b.document(PercentEncoding.encode(v.text));
        }
        return b.build();
    }

    static PolicyVersion awsVersion(AwsManagedPolicy p, boolean withDocument) {
        PolicyVersion.Builder b = PolicyVersion.builder().versionId(p.defaultVersionId()).isDefaultVersion(true).createDate(AWS_MANAGED_CREATED);
        if (withDocument) {
            b.document(PercentEncoding.encode(PolicyJson.write(p.document())));
        }
        return b.build();
    }

    static InstanceProfile instanceProfile(Records.InstanceProfileRecord ip, List<Role> roles, boolean withTags) {
        InstanceProfile.Builder b = InstanceProfile.builder()
                .path(ip.path)
                .instanceProfileName(ip.name)
                .instanceProfileId(ip.id)
                .arn(ip.arn)
                .createDate(ip.created)
                .roles(roles);
        if (withTags && !ip.tags.isEmpty()) {
            b.tags(tags(ip.tags.values()));
        }
        return b.build();
    }
}
