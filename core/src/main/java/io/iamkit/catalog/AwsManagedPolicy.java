package io.iamkit.catalog;

import io.iamkit.policy.PolicyDocument;

/**
 * One AWS managed policy as AWS publishes it.
 *
 * @param name             such as {@code AmazonECSTaskExecutionRolePolicy}
 * @param path             such as {@code /service-role/}
 * @param arn              {@code arn:aws:iam::aws:policy/PATH/NAME}
 * @param defaultVersionId such as {@code v3}
 * @param document         the default version's document
 * @param documentSize     the document's size as IAM counts it, whitespace excluded
 */
public record AwsManagedPolicy(String name, String path, String arn, String defaultVersionId,
                               PolicyDocument document, int documentSize) {
}
