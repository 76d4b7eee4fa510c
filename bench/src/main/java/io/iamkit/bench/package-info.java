/**
 * JMH benchmarks (Maven profile {@code bench}, never part of the test run): the evaluation engine
 * over the shared sample cases, and the testkit's fake IAM against moto_server. Commands and
 * figures are in {@code docs/benchmarks.md}.
 */
package io.iamkit.bench;
