/**
 * iamkit core: AWS IAM policies and roles as immutable Java values.
 *
 * <p>The rooms:
 * <ul>
 *   <li>{@link io.iamkit.policy} — policy documents, statements, principals, conditions and their fluent builders;</li>
 *   <li>{@link io.iamkit.role} — roles, customer managed policies, trust presets, the AWS managed policy catalog;</li>
 *   <li>{@link io.iamkit.arn} — ARNs and partitions;</li>
 *   <li>{@link io.iamkit.json} — reading every form IAM accepts, writing canonical JSON, size as IAM counts it;</li>
 *   <li>{@code io.iamkit.validate} — IAM's grammar and quotas, every problem in one pass;</li>
 *   <li>{@code io.iamkit.eval} — the request evaluation engine.</li>
 * </ul>
 * Everything a user can get wrong is reported as an {@link io.iamkit.IamkitException} carrying
 * {@link io.iamkit.Problem}s with locations.
 */
package io.iamkit;
