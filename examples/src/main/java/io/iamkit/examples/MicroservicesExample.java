package io.iamkit.examples;

import io.iamkit.eval.Decision;
import io.iamkit.eval.RoleSimulator;
import io.iamkit.role.Role;
import io.iamkit.role.RolePresets;
import io.iamkit.spec.IamSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * One ECS task role per microservice, each limited to its own secrets, table and queue. It shows
 * that each service reaches its own resources and that service A cannot read service B's secrets.
 */
public final class MicroservicesExample implements Example {

    static final List<String> SERVICES = List.of("orders", "payments", "shipping");

    @Override
    public String title() {
        return "Microservices: one least-privilege task role per service";
    }

    @Override
    public IamSpec spec(String account, String region) {
        IamSpec.Builder spec = IamSpec.builder();
        for (String service : SERVICES) {
            spec.role(taskRole(service, account, region));
        }
        return spec.build();
    }

    public static Role taskRole(String service, String account, String region) {
        return RolePresets.ecsTaskRole(service + "-task-role", account, region)
                .path("/services/")
                .description("Task role of the " + service + " service")
                .inline("own-resources", p -> p
                        .allow("secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret")
                        .on(secret(service, account, region))
                        .allow("dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:Query")
                        .on("arn:aws:dynamodb:" + region + ":" + account + ":table/" + service,
                                "arn:aws:dynamodb:" + region + ":" + account + ":table/" + service + "/index/*")
                        .allow("sqs:SendMessage", "sqs:ReceiveMessage", "sqs:DeleteMessage")
                        .on("arn:aws:sqs:" + region + ":" + account + ":" + service + "-events"))
                .tag("service", service)
                .build();
    }

    static String secret(String service, String account, String region) {
        return "arn:aws:secretsmanager:" + region + ":" + account + ":secret:" + service + "/*";
    }

    @Override
    public List<Verdict> verdicts(IamSpec spec, String account, String region) {
        List<Verdict> out = new ArrayList<>();
        for (Role role : spec.roles()) {
            String service = role.name().substring(0, role.name().indexOf("-task-role"));
            RoleSimulator sim = RoleSimulator.of(role, account);
            out.add(new Verdict(service + " reads its own secret", Decision.ALLOWED,
                    sim.request("secretsmanager:GetSecretValue", ownSecret(service, account, region))));
            out.add(new Verdict(service + " writes its own table", Decision.ALLOWED,
                    sim.request("dynamodb:PutItem", "arn:aws:dynamodb:" + region + ":" + account + ":table/" + service)));
            for (String other : SERVICES) {
                if (!other.equals(service)) {
                    out.add(new Verdict(service + " cannot read the " + other + " secret", Decision.IMPLICITLY_DENIED,
                            sim.request("secretsmanager:GetSecretValue", ownSecret(other, account, region))));
                    out.add(new Verdict(service + " cannot read the " + other + " table", Decision.IMPLICITLY_DENIED,
                            sim.request("dynamodb:GetItem", "arn:aws:dynamodb:" + region + ":" + account + ":table/" + other)));
                }
            }
            out.add(new Verdict(service + " cannot delete its table", Decision.IMPLICITLY_DENIED,
                    sim.request("dynamodb:DeleteTable", "arn:aws:dynamodb:" + region + ":" + account + ":table/" + service)));
        }
        return out;
    }

    private static String ownSecret(String service, String account, String region) {
        return "arn:aws:secretsmanager:" + region + ":" + account + ":secret:" + service + "/db-AbCdEf";
    }

    public static void main(String[] args) {
        ExampleMain.run(new MicroservicesExample(), args);
    }
}
