/**
 * jqwik arbitraries: policy documents, statements, conditions, principals, roles and evaluation
 * requests drawn from a shared vocabulary (so requests meet policies), and hostile input for
 * robustness properties.
 */
package io.iamkit.testkit.arbitraries;
