/**
 * IAM's grammar and quotas: {@link io.iamkit.validate.PolicyValidator} for documents of every
 * {@link io.iamkit.validate.PolicyKind}, {@link io.iamkit.validate.RoleValidator} and
 * {@link io.iamkit.validate.ManagedPolicyValidator} for what IAM stores around them.
 *
 * <p>Validators report every problem in one pass as a {@link io.iamkit.validate.ValidationResult};
 * each {@link io.iamkit.Problem} has a stable code (see {@link io.iamkit.validate.Codes}), a location
 * such as {@code role app trust policy /Statement/0/Principal} and, where AWS documents one, IAM's own
 * wording. {@code docs/validation.md} lists every rule.
 */
package io.iamkit.validate;
