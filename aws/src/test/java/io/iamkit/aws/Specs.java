package io.iamkit.aws;

import io.iamkit.role.ManagedPolicy;
import io.iamkit.role.Role;
import io.iamkit.role.Trust;
import io.iamkit.spec.IamSpec;
import java.time.Duration;

/** Declared states shared by the fake and moto tests. */
final class Specs {

    static final String ACCOUNT = "123456789012";
    static final String READ_CONFIG_ARN = "arn:aws:iam::" + ACCOUNT + ":policy/app/read-config";

    private Specs() {
    }

    static ManagedPolicy readConfig() {
        return ManagedPolicy.builder("read-config").path("/app/")
                .document(p -> p.allow("ssm:GetParameter", "ssm:GetParameters").on("arn:aws:ssm:*:" + ACCOUNT + ":parameter/app/*"))
                .tag("team", "payments")
                .build();
    }

    static ManagedPolicy shipLogs() {
        return ManagedPolicy.builder("ship-logs")
                .document(p -> p.allow("logs:CreateLogStream", "logs:PutLogEvents").on("arn:aws:logs:*:" + ACCOUNT + ":*"))
                .build();
    }

    static Role app() {
        return Role.builder("app")
                .path("/service-role/")
                .description("Runs the payments service")
                .trust(Trust.service("ecs-tasks.amazonaws.com").sourceAccount(ACCOUNT))
                .attach("arn:${Partition}:iam::${AccountId}:policy/app/read-config")
                .attach("arn:aws:iam::" + ACCOUNT + ":policy/ship-logs")
                .inline("logs", p -> p.allow("logs:CreateLogStream", "logs:PutLogEvents").on("*"))
                .inline("secrets", p -> p.allow("secretsmanager:GetSecretValue").on("arn:aws:secretsmanager:us-east-1:" + ACCOUNT + ":secret:app/*"))
                .permissionsBoundary("arn:${Partition}:iam::${AccountId}:policy/app/read-config")
                .tag("team", "payments")
                .tag("cost-center", "42")
                .maxSession(Duration.ofHours(2))
                .build();
    }

    static Role worker() {
        return Role.builder("worker")
                .trust(Trust.service("lambda.amazonaws.com"))
                .inline("queue", p -> p.allow("sqs:ReceiveMessage", "sqs:DeleteMessage").on("arn:aws:sqs:us-east-1:" + ACCOUNT + ":jobs"))
                .build();
    }

    static IamSpec full() {
        return IamSpec.builder().managedPolicy(readConfig()).managedPolicy(shipLogs()).role(app()).role(worker()).build();
    }
}
