/**
 * Lint: what a valid policy grants that a reviewer would question (administrator access,
 * {@code iam:PassRole} on every role, trust of anyone, OIDC trust without a subject, missing
 * confused-deputy conditions, typos in service prefixes). {@link io.iamkit.lint.Linter} runs
 * validation and lint together; the codes are listed in {@code docs/lint.md}.
 */
package io.iamkit.lint;
