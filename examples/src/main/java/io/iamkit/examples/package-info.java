/**
 * The runnable use cases (ECS task execution role, microservices, data processing, real-time
 * analytics), each declared with the DSL and taken through check, plan, apply, a second apply
 * with no writes, and simulation; and the {@link io.iamkit.examples.Environment} they run in: the
 * embedded in-memory IAM, an endpoint such as moto_server, or AWS.
 */
package io.iamkit.examples;
