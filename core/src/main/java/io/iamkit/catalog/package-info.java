/**
 * The AWS managed policies bundled with iamkit, so their ARNs resolve and their documents evaluate
 * offline, and the service prefixes they use ({@link io.iamkit.catalog.ServicePrefixes}), against
 * which lint spots a mistyped service.
 */
package io.iamkit.catalog;
