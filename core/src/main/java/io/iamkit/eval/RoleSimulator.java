package io.iamkit.eval;

import io.iamkit.IamkitException;
import io.iamkit.Problem;
import io.iamkit.arn.Arn;
import io.iamkit.arn.Partition;
import io.iamkit.catalog.AwsManagedPolicies;
import io.iamkit.catalog.AwsManagedPolicy;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.role.InlinePolicy;
import io.iamkit.role.ManagedPolicy;
import io.iamkit.role.Role;
import io.iamkit.validate.Locations;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers "who can assume this role, and what can it then do?" for a declared {@link Role}, before
 * it is applied: the role's trust policy as the resource policy of {@code sts:AssumeRole}, its
 * attached and inline policies as the identity policies of its sessions, its boundary as a limit.
 *
 * <pre>{@code
 * RoleSimulator sim = RoleSimulator.of(role, "111122223333");
 * sim.assumeBy("ecs-tasks.amazonaws.com", Map.of("aws:SourceAccount", List.of("111122223333"))).decision();
 * sim.request("ecr:BatchGetImage", "arn:aws:ecr:us-east-1:111122223333:repository/app").decision();
 * }</pre>
 *
 * AWS managed policies come from the bundled catalog; customer managed ones from
 * {@link Builder#managedPolicies}. An attachment that resolves to neither is an error, since
 * simulating without it would understate what the role can do.
 */
public final class RoleSimulator {

    /** The session name used for the role's own requests. */
    public static final String SESSION = "iamkit-simulation";

    private static final String ASSUME_ROLE = "sts:AssumeRole";

    private final Role role;
    private final String account;
    private final Partition partition;
    private final CompiledPolicySet trust;
    private final CompiledPolicySet permissions;

    private RoleSimulator(Builder b) {
        if (b.role == null) {
            throw new IamkitException(Problem.error("simulate.argument", "simulator", "no role given (null); pass the Role to simulate"));
        }
        if (b.account == null || !PrincipalIdentity.isAccountId(b.account)) {
            throw new IamkitException(Problem.error("simulate.argument", Locations.role(b.role.name()),
                    "the account must be a 12-digit AWS account id, not " + (b.account == null ? "null" : "\"" + b.account + "\"")));
        }
        this.role = b.role;
        this.account = b.account;
        this.partition = b.partition;
        Map<String, PolicyDocument> customer = new HashMap<>();
        for (ManagedPolicy p : b.managedPolicies) {
            customer.put(p.arn(partition, account).toString(), p.document());
        }
        List<Problem> problems = new ArrayList<>();
        List<PolicyDocument> identity = new ArrayList<>();
        for (int i = 0; i < role.managedPolicyArns().size(); i++) {
            resolve(role.managedPolicyArns().get(i), customer, "/ManagedPolicyArns/" + i, problems).ifPresent(identity::add);
        }
        for (InlinePolicy p : role.inlinePolicies()) {
            identity.add(p.document());
        }
        PolicySet.Builder set = PolicySet.builder().identityPolicies(identity);
        if (role.permissionsBoundary() != null) {
            resolve(role.permissionsBoundary(), customer, "/PermissionsBoundary", problems).ifPresent(set::permissionsBoundary);
        }
        if (role.trustPolicy() == null) {
            problems.add(Problem.error("simulate.no-trust", Locations.role(role.name()), "the role has no trust policy to simulate; declare one with .trust(…)"));
        }
        if (!problems.isEmpty()) {
            throw new IamkitException(problems);
        }
        this.permissions = PolicyEvaluator.compile(set.build());
        // An AWS principal also needs its own identity policies to allow sts:AssumeRole (cross account
        // always, same account when the trust names only the account). Those policies live in the
        // caller's account, which the simulator cannot see: assumeBy grants them, so its answer is
        // what the trust policy permits. Without this, every cross-account answer would be a denial.
        PolicyDocument callerMayAssume = PolicyDocument.builder().allow(ASSUME_ROLE).on(roleArn().toString()).build();
        this.trust = PolicyEvaluator.compile(PolicySet.builder().trustPolicy(role.trustPolicy()).identityPolicy(callerMayAssume).build());
    }

    private Optional<PolicyDocument> resolve(String arn, Map<String, PolicyDocument> customer, String pointer, List<Problem> problems) {
        Optional<PolicyDocument> doc = AwsManagedPolicies.byArn(arn).map(AwsManagedPolicy::document)
                .or(() -> Optional.ofNullable(customer.get(arn)));
        if (doc.isEmpty()) {
            problems.add(Problem.error("simulate.unknown-policy", Locations.role(role.name()) + " " + pointer,
                    arn + " is neither an AWS managed policy nor one of the customer managed policies given to the simulator"));
        }
        return doc;
    }

    public static RoleSimulator of(Role role, String account) {
        return builder(role, account).build();
    }

    public static Builder builder(Role role, String account) {
        return new Builder(role, account);
    }

    /** The role's ARN in the simulated account. */
    public Arn roleArn() {
        return role.arn(partition, account);
    }

    /** The ARN of the role's sessions: {@code arn:aws:sts::ACCOUNT:assumed-role/NAME/iamkit-simulation}. */
    public String sessionArn() {
        return "arn:" + partition.id() + ":sts::" + account + ":assumed-role/" + role.name() + "/" + SESSION;
    }

    /**
     * Whether {@code principal} (a service such as {@code ecs-tasks.amazonaws.com}, an IAM or STS ARN,
     * or {@code anonymous}) may assume the role as far as the trust policy decides. For a service
     * that is the whole answer. An IAM principal also needs its own identity policies to allow
     * {@code sts:AssumeRole} on the role (always across accounts; in the role's account when the trust
     * policy names only the account); this method takes them as allowing it. Pass them to
     * {@link #assumeBy(String, Map, List)} for the full answer.
     *
     * @param context context keys of the AssumeRole request, such as {@code sts:ExternalId} or
     *                {@code aws:SourceAccount}
     */
    public EvaluationResult assumeBy(String principal, Map<String, List<String>> context) {
        return trust.evaluate(assumeRequest(principal, context));
    }

    /**
     * The full answer for an IAM principal: the trust policy and the caller's own identity policies
     * ({@code callerPolicies}, empty when it has none) together, as AWS evaluates {@code sts:AssumeRole}.
     * Compiles the policies on each call.
     */
    public EvaluationResult assumeBy(String principal, Map<String, List<String>> context, List<PolicyDocument> callerPolicies) {
        if (callerPolicies == null) {
            throw new IamkitException(Problem.error("simulate.argument", Locations.role(role.name()),
                    "no caller policies given (null); pass an empty list when the caller has none"));
        }
        return PolicyEvaluator.compile(PolicySet.builder().trustPolicy(role.trustPolicy()).identityPolicies(callerPolicies).build())
                .evaluate(assumeRequest(principal, context));
    }

    private EvaluationRequest assumeRequest(String principal, Map<String, List<String>> context) {
        return EvaluationRequest.builder().principal(principal).action(ASSUME_ROLE)
                .resource(roleArn().toString()).context(requireContext(context)).build();
    }

    private Map<String, List<String>> requireContext(Map<String, List<String>> context) {
        if (context == null) {
            throw new IamkitException(Problem.error("simulate.argument", Locations.role(role.name()),
                    "no context given (null); pass Map.of() for a request without context keys"));
        }
        return context;
    }

    public EvaluationResult assumeBy(String principal) {
        return assumeBy(principal, Map.of());
    }

    /** Whether a session of the role may make this request. */
    public EvaluationResult request(String action, String resource, Map<String, List<String>> context) {
        return permissions.evaluate(EvaluationRequest.builder().principal(sessionArn()).action(action)
                .resource(resource).context(requireContext(context)).build());
    }

    public EvaluationResult request(String action, String resource) {
        return request(action, resource, Map.of());
    }

    public static final class Builder {
        private final Role role;
        private final String account;
        private Partition partition = Partition.AWS;
        private final List<ManagedPolicy> managedPolicies = new ArrayList<>();

        private Builder(Role role, String account) {
            this.role = role;
            this.account = account;
        }

        public Builder partition(Partition partition) {
            this.partition = partition;
            return this;
        }

        /** Customer managed policies the role may attach or use as boundary. */
        public Builder managedPolicies(List<ManagedPolicy> policies) {
            managedPolicies.addAll(policies);
            return this;
        }

        public RoleSimulator build() {
            return new RoleSimulator(this);
        }
    }
}
