package io.iamkit.examples;

import io.iamkit.eval.Decision;
import io.iamkit.eval.RoleSimulator;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.role.Role;
import io.iamkit.role.RolePresets;
import io.iamkit.role.Trust;
import io.iamkit.spec.IamSpec;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The ECS task execution role, twice: as AWS documents it (trust {@code ecs-tasks.amazonaws.com},
 * {@code AmazonECSTaskExecutionRolePolicy} attached) and with the equivalent inline policy, both
 * with confused-deputy conditions. It shows that ECS tasks of this account can assume it and pull
 * images and ship logs, and that nothing else can.
 *
 * <p>Run it: {@code ./iamkit example ecs} (embedded IAM) or {@code ./iamkit example ecs --endpoint URL}.
 */
public final class EcsTaskExecutionExample implements Example {

    /** The inline twin of AmazonECSTaskExecutionRolePolicy: the five actions the seed use case names. */
    static final String INLINE_ROLE = "ecsTaskExecutionRole-inline";

    private static final String OTHER_ACCOUNT = "999988887777";

    @Override
    public String title() {
        return "ECS task execution role (ecsTaskExecutionRole)";
    }

    @Override
    public IamSpec spec(String account, String region) {
        Role managed = RolePresets.ecsTaskExecutionRole(account, region)
                .description("Pulls images from ECR and ships logs to CloudWatch")
                .tag("iamkit:example", "ecs")
                .build();
        Role inline = Role.builder(INLINE_ROLE)
                .description("ecsTaskExecutionRole with an inline policy instead of the managed one")
                .trust(Trust.service("ecs-tasks.amazonaws.com").sourceAccount(account)
                        .sourceArn("arn:aws:ecs:" + region + ":" + account + ":*"))
                .inline("pull-images-ship-logs", pullImagesShipLogs())
                .tag("iamkit:example", "ecs")
                .build();
        return IamSpec.builder().role(managed).role(inline).build();
    }

    /** The seed use case's inline policy, in five lines of DSL. */
    static PolicyDocument pullImagesShipLogs() {
        return PolicyDocument.builder()
                .allow("ecr:GetAuthorizationToken", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer",
                        "logs:CreateLogStream", "logs:PutLogEvents")
                .on("*")
                .build();
    }

    @Override
    public List<Verdict> verdicts(IamSpec spec, String account, String region) {
        List<Verdict> out = new ArrayList<>();
        String taskArn = "arn:aws:ecs:" + region + ":" + account + ":task/default/0123456789abcdef";
        Map<String, List<String>> fromOwnTasks = Map.of("aws:SourceAccount", List.of(account), "aws:SourceArn", List.of(taskArn));
        Map<String, List<String>> fromOtherAccount = Map.of("aws:SourceAccount", List.of(OTHER_ACCOUNT),
                "aws:SourceArn", List.of("arn:aws:ecs:" + region + ":" + OTHER_ACCOUNT + ":task/default/0123"));
        String repo = "arn:aws:ecr:" + region + ":" + account + ":repository/app";
        String logStream = "arn:aws:logs:" + region + ":" + account + ":log-group:/ecs/app:log-stream:ecs/app/1";
        for (Role role : spec.roles()) {
            RoleSimulator sim = RoleSimulator.of(role, account);
            String n = role.name() + ": ";
            out.add(new Verdict(n + "ECS tasks of this account assume it", Decision.ALLOWED, sim.assumeBy("ecs-tasks.amazonaws.com", fromOwnTasks)));
            out.add(new Verdict(n + "ECS acting for another account cannot (confused deputy)", Decision.IMPLICITLY_DENIED,
                    sim.assumeBy("ecs-tasks.amazonaws.com", fromOtherAccount)));
            out.add(new Verdict(n + "EC2 cannot assume it", Decision.IMPLICITLY_DENIED, sim.assumeBy("ec2.amazonaws.com", fromOwnTasks)));
            out.add(new Verdict(n + "another account's administrator cannot assume it", Decision.IMPLICITLY_DENIED,
                    sim.assumeBy("arn:aws:iam::" + OTHER_ACCOUNT + ":role/Admin")));
            out.add(new Verdict(n + "gets an ECR token", Decision.ALLOWED, sim.request("ecr:GetAuthorizationToken", "*")));
            out.add(new Verdict(n + "pulls an image", Decision.ALLOWED, sim.request("ecr:BatchGetImage", repo)));
            out.add(new Verdict(n + "downloads image layers", Decision.ALLOWED, sim.request("ecr:GetDownloadUrlForLayer", repo)));
            out.add(new Verdict(n + "writes logs", Decision.ALLOWED, sim.request("logs:PutLogEvents", logStream)));
            out.add(new Verdict(n + "cannot push images", Decision.IMPLICITLY_DENIED, sim.request("ecr:PutImage", repo)));
            out.add(new Verdict(n + "cannot read S3", Decision.IMPLICITLY_DENIED, sim.request("s3:GetObject", "arn:aws:s3:::secrets/db.txt")));
            out.add(new Verdict(n + "cannot pass roles", Decision.IMPLICITLY_DENIED,
                    sim.request("iam:PassRole", "arn:aws:iam::" + account + ":role/Admin")));
        }
        return out;
    }

    public static void main(String[] args) {
        ExampleMain.run(new EcsTaskExecutionExample(), args);
    }
}
