/**
 * Plan, apply and drift detection of declared roles and customer managed policies against any
 * {@link software.amazon.awssdk.services.iam.IamClient}.
 *
 * <p>{@link io.iamkit.aws.IamApplier} is the entry point. It reads the account with the fewest
 * calls, compares documents by meaning, and writes one call per changed field in a safe order;
 * {@link io.iamkit.aws.Change} is what it plans, {@link io.iamkit.aws.Plan},
 * {@link io.iamkit.aws.ApplyResult} and {@link io.iamkit.aws.DriftReport} what it returns.
 * Resilience (throttling, IAM's eventual consistency, giving up with a report) lives in
 * {@link io.iamkit.aws.RetryPolicy}; {@link io.iamkit.aws.IamkitRetry} configures the SDK client's own
 * retries, and {@link io.iamkit.aws.IamkitClients} builds SDK clients for an endpoint URL.
 */
package io.iamkit.aws;
