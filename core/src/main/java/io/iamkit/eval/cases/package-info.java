/**
 * The evaluation case format of {@code iamkit simulate --cases}: reading case files
 * ({@link io.iamkit.eval.cases.EvaluationCases}), running them once or repeatedly for throughput
 * ({@link io.iamkit.eval.cases.CaseRunner}), and the CLI's JSON lines ({@link io.iamkit.eval.cases.CaseOutcome}).
 */
package io.iamkit.eval.cases;
