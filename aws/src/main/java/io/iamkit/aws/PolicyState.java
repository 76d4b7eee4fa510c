package io.iamkit.aws;

import io.iamkit.policy.PolicyDocument;
import io.iamkit.role.Tag;
import java.util.List;

/** A customer managed policy as IAM holds it: GetPolicy and GetPolicyVersion of its default version. */
record PolicyState(String arn, String path, String description, String defaultVersionId, PolicyDocument document, List<Tag> tags) {

    PolicyState {
        tags = List.copyOf(tags);
    }
}
