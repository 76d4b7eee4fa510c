/**
 * Policy documents as values: {@link io.iamkit.policy.PolicyDocument}, its statements, principals
 * and conditions, with builders that read like the JSON they produce, and
 * {@link io.iamkit.policy.PolicyEquivalence}, which decides when IAM treats two documents the same.
 */
package io.iamkit.policy;
