package io.iamkit.aws;

import io.iamkit.policy.PolicyDocument;
import io.iamkit.role.Tag;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A role as IAM holds it, read with the fewest calls: GetRole, ListAttachedRolePolicies,
 * ListRolePolicies, and GetRolePolicy only for the inline policies the caller asked for.
 *
 * @param inlineNames     every inline policy name
 * @param inlineDocuments the documents of the inline policies that were read, by name
 * @param brokenTrust     principals of the trust policy shown by unique id ({@code AROA…}, {@code AIDA…})
 */
record RoleState(
        String name,
        String arn,
        String path,
        String description,
        Duration maxSession,
        String boundary,
        List<Tag> tags,
        PolicyDocument trust,
        List<String> attached,
        List<String> inlineNames,
        Map<String, PolicyDocument> inlineDocuments,
        List<String> brokenTrust) {

    RoleState {
        tags = List.copyOf(tags);
        attached = List.copyOf(attached);
        inlineNames = List.copyOf(inlineNames);
        inlineDocuments = Map.copyOf(inlineDocuments);
        brokenTrust = List.copyOf(brokenTrust);
    }

    boolean owned() {
        return tags.contains(Tags.OWNERSHIP);
    }
}
