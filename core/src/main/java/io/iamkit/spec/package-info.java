/**
 * The role spec: declared roles and customer managed policies as one JSON document, in
 * CloudFormation's property names, so a role copied out of a template's {@code Properties} is a
 * valid entry.
 *
 * <p>{@link io.iamkit.spec.IamSpec} is the value; {@link io.iamkit.spec.SpecJson} reads and writes
 * it. A spec and the DSL are two views of one model: reading gives {@link io.iamkit.role.Role} and
 * {@link io.iamkit.role.ManagedPolicy} values, and writing them back gives an equal spec.
 * {@link io.iamkit.spec.SpecValidation} checks a spec against IAM's grammar and quotas, locating
 * each problem by JSON pointer into the spec.
 */
package io.iamkit.spec;
