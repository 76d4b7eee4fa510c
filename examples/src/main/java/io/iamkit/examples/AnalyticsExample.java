package io.iamkit.examples;

import io.iamkit.eval.Decision;
import io.iamkit.eval.RoleSimulator;
import io.iamkit.policy.Condition;
import io.iamkit.role.Role;
import io.iamkit.role.RolePresets;
import io.iamkit.role.Trust;
import io.iamkit.spec.IamSpec;
import java.util.List;
import java.util.Map;

/**
 * A real-time analytics role that writes CloudWatch logs to its own log groups and metrics to one
 * namespace ({@code cloudwatch:namespace}), and cannot touch other namespaces, other log groups, or
 * delete anything.
 */
public final class AnalyticsExample implements Example {

    static final String NAMESPACE = "Analytics/Clickstream";

    @Override
    public String title() {
        return "Real-time analytics: CloudWatch logs and metrics in one namespace";
    }

    @Override
    public IamSpec spec(String account, String region) {
        String logGroups = "arn:aws:logs:" + region + ":" + account + ":log-group:/analytics/*";
        // Not RolePresets.lambdaExecutionRole: its AWSLambdaBasicExecutionRole may write any log group.
        Role role = Role.builder("analytics-writer")
                .trust(Trust.service(RolePresets.LAMBDA_SERVICE).sourceAccount(account))
                .description("Writes clickstream metrics and logs")
                .inline("cloudwatch-analytics", p -> p
                        .allow("cloudwatch:PutMetricData").on("*")
                        .when(Condition.stringEquals("cloudwatch:namespace", NAMESPACE))
                        .sid("MetricsInOneNamespace")
                        .allow("logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents")
                        .on(logGroups, logGroups + ":log-stream:*")
                        .sid("OwnLogGroups"))
                .build();
        return IamSpec.of(role);
    }

    @Override
    public List<Verdict> verdicts(IamSpec spec, String account, String region) {
        RoleSimulator sim = RoleSimulator.of(spec.roles().get(0), account);
        String stream = "arn:aws:logs:" + region + ":" + account + ":log-group:/analytics/clicks:log-stream:2026-12-04";
        return List.of(
                new Verdict("Lambda assumes it", Decision.ALLOWED,
                        sim.assumeBy("lambda.amazonaws.com", Map.of("aws:SourceAccount", List.of(account)))),
                new Verdict("puts metrics in " + NAMESPACE, Decision.ALLOWED,
                        sim.request("cloudwatch:PutMetricData", "*", Map.of("cloudwatch:namespace", List.of(NAMESPACE)))),
                new Verdict("cannot put metrics in AWS/EC2", Decision.IMPLICITLY_DENIED,
                        sim.request("cloudwatch:PutMetricData", "*", Map.of("cloudwatch:namespace", List.of("AWS/EC2")))),
                new Verdict("cannot put metrics without a namespace", Decision.IMPLICITLY_DENIED, sim.request("cloudwatch:PutMetricData", "*")),
                new Verdict("writes its log stream", Decision.ALLOWED, sim.request("logs:PutLogEvents", stream)),
                new Verdict("cannot write another team's logs", Decision.IMPLICITLY_DENIED,
                        sim.request("logs:PutLogEvents", "arn:aws:logs:" + region + ":" + account + ":log-group:/payments/api:log-stream:x")),
                new Verdict("cannot delete its log group", Decision.IMPLICITLY_DENIED,
                        sim.request("logs:DeleteLogGroup", "arn:aws:logs:" + region + ":" + account + ":log-group:/analytics/clicks")),
                new Verdict("cannot read metrics of the account", Decision.IMPLICITLY_DENIED, sim.request("cloudwatch:GetMetricData", "*")));
    }

    public static void main(String[] args) {
        ExampleMain.run(new AnalyticsExample(), args);
    }
}
