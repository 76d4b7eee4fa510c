package io.iamkit.role;

import io.iamkit.IamkitException;
import io.iamkit.Problem;
import io.iamkit.arn.Arn;
import io.iamkit.arn.Partition;
import io.iamkit.policy.Condition;
import io.iamkit.policy.ConditionFunction;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.Principal;
import io.iamkit.policy.Statement;

/**
 * Roles as AWS's documentation writes them. Each method returns a {@link Role.Builder}, so a preset
 * is a starting point: add inline policies, tags or a boundary, then {@code build()}.
 *
 * <pre>{@code
 * Role role = RolePresets.ecsTaskExecutionRole()
 *     .inline("pull-and-log", p -> p
 *         .allow("ecr:GetAuthorizationToken", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer",
 *                "logs:CreateLogStream", "logs:PutLogEvents").on("*"))
 *     .build();
 * }</pre>
 *
 * <p>The confused-deputy overloads add {@code aws:SourceAccount} (and {@code aws:SourceArn}) conditions
 * so the service can assume the role only on behalf of your account; AWS recommends them for roles a
 * service assumes.
 */
public final class RolePresets {

    /** The name the ECS console and documentation give the task execution role. */
    public static final String ECS_TASK_EXECUTION_ROLE = "ecsTaskExecutionRole";
    public static final String ECS_TASKS_SERVICE = "ecs-tasks.amazonaws.com";
    public static final String LAMBDA_SERVICE = "lambda.amazonaws.com";
    public static final String EC2_SERVICE = "ec2.amazonaws.com";
    /** GitHub's OIDC issuer host, also the prefix of its condition keys. */
    public static final String GITHUB_OIDC_HOST = "token.actions.githubusercontent.com";

    private RolePresets() {
    }

    /**
     * The ECS task execution role exactly as AWS documents it: named {@code ecsTaskExecutionRole},
     * trusting {@code ecs-tasks.amazonaws.com} (with the documented empty {@code "Sid": ""}), with
     * {@code service-role/AmazonECSTaskExecutionRolePolicy} attached.
     */
    public static Role.Builder ecsTaskExecutionRole() {
        return ecsTaskExecutionRole(Partition.AWS, serviceTrust("", ECS_TASKS_SERVICE));
    }

    /** The ECS task execution role, assumable only for tasks of {@code sourceAccount} ({@code aws:SourceAccount}). */
    public static Role.Builder ecsTaskExecutionRole(String sourceAccount) {
        return ecsTaskExecutionRole(Partition.AWS, serviceTrust("", ECS_TASKS_SERVICE,
                Condition.stringEquals("aws:SourceAccount", sourceAccount)));
    }

    /**
     * The ECS task execution role with both confused-deputy conditions AWS documents for ECS:
     * {@code ArnLike aws:SourceArn arn:PARTITION:ecs:REGION:ACCOUNT:*} and
     * {@code StringEquals aws:SourceAccount ACCOUNT}.
     */
    public static Role.Builder ecsTaskExecutionRole(String sourceAccount, String region) {
        Partition partition = Partition.ofRegion(region);
        return ecsTaskExecutionRole(partition, ecsTrust("", partition, sourceAccount, region));
    }

    private static Role.Builder ecsTaskExecutionRole(Partition partition, PolicyDocument trust) {
        return Role.builder(ECS_TASK_EXECUTION_ROLE)
                .trust(trust)
                .attach(ManagedPolicies.aws(partition, "service-role/AmazonECSTaskExecutionRolePolicy"));
    }

    /** A task role (the role the application in the container uses), trusting {@code ecs-tasks.amazonaws.com}. */
    public static Role.Builder ecsTaskRole(String name) {
        return Role.builder(name).trust(Trust.service(ECS_TASKS_SERVICE));
    }

    /** A task role with AWS's documented confused-deputy conditions for ECS. */
    public static Role.Builder ecsTaskRole(String name, String sourceAccount, String region) {
        return Role.builder(name).trust(ecsTrust(null, Partition.ofRegion(region), sourceAccount, region));
    }

    /**
     * A Lambda execution role: trusts {@code lambda.amazonaws.com}, with
     * {@code service-role/AWSLambdaBasicExecutionRole} (write logs to CloudWatch) attached.
     */
    public static Role.Builder lambdaExecutionRole(String name) {
        return Role.builder(name)
                .trust(Trust.service(LAMBDA_SERVICE))
                .attach(ManagedPolicies.aws("service-role/AWSLambdaBasicExecutionRole"));
    }

    /**
     * A role for EC2 instances, trusting {@code ec2.amazonaws.com}. An instance uses it through an
     * instance profile of the same name (the console creates both; the API needs
     * CreateInstanceProfile and AddRoleToInstanceProfile).
     */
    public static Role.Builder ec2InstanceRole(String name) {
        return Role.builder(name).trust(Trust.service(EC2_SERVICE));
    }

    /**
     * A role another account assumes, as AWS documents for third parties: the trusted account's root
     * as principal (its administrators delegate to their own users and roles) and a
     * {@code StringEquals sts:ExternalId} condition against the confused deputy.
     */
    public static Role.Builder crossAccountRole(String name, String trustedAccountId, String externalId) {
        return crossAccountRole(name, Partition.AWS, trustedAccountId, externalId);
    }

    public static Role.Builder crossAccountRole(String name, Partition partition, String trustedAccountId, String externalId) {
        return Role.builder(name).trust(Trust.principals(Arn.accountRoot(partition, trustedAccountId).toString())
                .externalId(externalId));
    }

    /**
     * A role GitHub Actions workflows assume through the account's GitHub OIDC provider:
     * {@code sts:AssumeRoleWithWebIdentity}, {@code StringEquals token.actions.githubusercontent.com:aud
     * sts.amazonaws.com}, and {@code StringLike token.actions.githubusercontent.com:sub} on the given
     * subject patterns, such as {@code repo:octo-org/octo-repo:*} (see {@link #githubRepo(String)}).
     *
     * @throws IamkitException when no subject is given: without one, any repository on GitHub could
     *                         assume the role
     */
    public static Role.Builder githubActionsOidcRole(String name, String accountId, String... subjects) {
        return githubActionsOidcRole(name, Partition.AWS, accountId, subjects);
    }

    public static Role.Builder githubActionsOidcRole(String name, Partition partition, String accountId, String... subjects) {
        if (subjects.length == 0) {
            throw new IamkitException(Problem.error("preset.github.subject", "role " + name,
                    "name at least one subject, such as repo:octo-org/octo-repo:*; without a sub condition any"
                            + " GitHub repository could assume the role"));
        }
        String provider = Arn.iam(partition, accountId, "oidc-provider/" + GITHUB_OIDC_HOST).toString();
        return Role.builder(name).trust(Trust.oidc(provider)
                .when(Condition.stringEquals(GITHUB_OIDC_HOST + ":aud", "sts.amazonaws.com"))
                .when(Condition.stringLike(GITHUB_OIDC_HOST + ":sub", subjects)));
    }

    /** The subject pattern for every workflow of a repository: {@code repo:OWNER/REPO:*}. */
    public static String githubRepo(String ownerAndRepo) {
        return "repo:" + ownerAndRepo + ":*";
    }

    /** The subject pattern for one branch: {@code repo:OWNER/REPO:ref:refs/heads/BRANCH}. */
    public static String githubBranch(String ownerAndRepo, String branch) {
        return "repo:" + ownerAndRepo + ":ref:refs/heads/" + branch;
    }

    /**
     * A service trust as the ECS documentation writes it; the task execution role's example carries
     * an empty {@code "Sid": ""} (so does the role the console creates), the task role's none.
     */
    private static PolicyDocument serviceTrust(String sid, String service, Condition... conditions) {
        Statement.Builder s = Statement.builder().sid(sid).allow().principal(Principal.service(service)).actions(Trust.ASSUME_ROLE);
        for (Condition c : conditions) {
            s.condition(c);
        }
        return PolicyDocument.builder().statement(s.build()).build();
    }

    private static PolicyDocument ecsTrust(String sid, Partition partition, String sourceAccount, String region) {
        return serviceTrust(sid, ECS_TASKS_SERVICE,
                Condition.of(ConditionFunction.ARN_LIKE, "aws:SourceArn",
                        new Arn(partition.id(), "ecs", region, sourceAccount, "*").toString()),
                Condition.stringEquals("aws:SourceAccount", sourceAccount));
    }
}
