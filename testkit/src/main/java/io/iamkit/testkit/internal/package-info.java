/**
 * The fake's machinery: the engine holding every account's state, one class per family of
 * operations, IAM's checks and error wording, and the SDK client classes. Not API: use
 * {@link io.iamkit.testkit.FakeIam}.
 */
package io.iamkit.testkit.internal;
