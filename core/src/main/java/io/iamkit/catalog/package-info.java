/** The AWS managed policies bundled with iamkit, so their ARNs resolve offline. */
package io.iamkit.catalog;
