/**
 * What IAM stores around policies: {@link io.iamkit.role.Role}, customer
 * {@link io.iamkit.role.ManagedPolicy}, tags, trust in AWS's words ({@link io.iamkit.role.Trust}),
 * managed policy ARNs, and {@link io.iamkit.role.RolePresets}, the roles AWS's documentation describes.
 */
package io.iamkit.role;
