/**
 * iamkit core: AWS IAM policies and roles as immutable Java values.
 *
 * <p>The rooms:
 * <ul>
 *   <li>{@link io.iamkit.policy} — policy documents, statements, principals, conditions and their fluent builders;</li>
 *   <li>{@link io.iamkit.role} — roles, customer managed policies, tags, trust and role presets, managed policy ARNs;</li>
 *   <li>{@link io.iamkit.arn} — ARNs and partitions;</li>
 *   <li>{@link io.iamkit.json} — reading every form IAM accepts, writing canonical JSON, size as IAM counts it;</li>
 *   <li>{@link io.iamkit.catalog} — the bundled AWS managed policies and the service prefixes they use;</li>
 *   <li>{@link io.iamkit.validate} — IAM's grammar and quotas, every problem in one pass;</li>
 *   <li>{@link io.iamkit.lint} — what a valid policy grants that a reviewer would question;</li>
 *   <li>{@link io.iamkit.eval} — the request evaluation engine, and {@link io.iamkit.eval.RoleSimulator} for declared roles;</li>
 *   <li>{@link io.iamkit.spec} — the role spec format (CloudFormation's names), the JSON view of the model.</li>
 * </ul>
 * Everything a user can get wrong is reported as an {@link io.iamkit.IamkitException} carrying
 * {@link io.iamkit.Problem}s with locations.
 */
package io.iamkit;
