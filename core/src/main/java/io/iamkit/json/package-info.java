/**
 * Policy JSON as IAM reads and writes it: every accepted form in, canonical text out, URL-encoded
 * documents as IAM returns them, size as IAM counts it, and limits against hostile input.
 */
package io.iamkit.json;
