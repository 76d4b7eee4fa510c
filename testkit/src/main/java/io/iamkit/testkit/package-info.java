/**
 * iamkit's testkit: {@link io.iamkit.testkit.FakeIam}, an in-memory IAM and STS behind the SDK's own
 * client interfaces, with fault injection ({@link io.iamkit.testkit.Faults}), a call log
 * ({@link io.iamkit.testkit.CallLog}), a deterministic clock ({@link io.iamkit.testkit.MutableClock})
 * and an HTTP endpoint speaking IAM's Query protocol ({@link io.iamkit.testkit.FakeIamServer}).
 */
package io.iamkit.testkit;
