package io.iamkit.role;

import io.iamkit.policy.PolicyDocument;
import java.util.Objects;

/** A policy embedded in one role ({@code PutRolePolicy}); its name is unique within the role. */
public record InlinePolicy(String name, PolicyDocument document) {

    public InlinePolicy {
        Objects.requireNonNull(name, "inline policy name");
        Objects.requireNonNull(document, "inline policy document");
    }
}
