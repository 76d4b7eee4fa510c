package io.iamkit.testkit.internal;

import io.iamkit.catalog.AwsManagedPolicy;
import io.iamkit.eval.Decision;
import io.iamkit.eval.EvaluationRequest;
import io.iamkit.eval.PolicyEvaluator;
import io.iamkit.eval.PolicySet;
import io.iamkit.policy.PolicyDocument;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.iam.model.*;

/**
 * SimulatePrincipalPolicy and SimulateCustomPolicy, answered by iamkit's evaluation engine over
 * the fake's own state, and the policies of a role, for STS's checks.
 */
final class Simulator {

    private final Engine engine;

    Simulator(Engine engine) {
        this.engine = engine;
    }

    /** A role's identity policies: inline ones, then the default version of each attached policy. */
    static List<PolicyDocument> identityPolicies(Engine engine, AccountState acct, Records.RoleRecord r) {
        List<PolicyDocument> docs = new ArrayList<>();
        r.inline.values().forEach(text -> docs.add(Checks.parse(text)));
        for (String arn : r.attached) {
            docs.add(document(engine, acct, arn));
        }
        return docs;
    }

    static PolicyDocument document(Engine engine, AccountState acct, String arn) {
        return PolicyOps.aws(arn).map(AwsManagedPolicy::document).orElseGet(() -> {
            Records.PolicyRecord p = engine.policyOps().customer(acct, arn).orElseThrow(() -> Errors.noSuchPolicy(arn));
            return Checks.parse(p.versions.get(p.defaultVersion).text);
        });
    }

    static String decision(Decision d) {
        return switch (d) {
            case ALLOWED -> "allowed";
            case EXPLICITLY_DENIED -> "explicitDeny";
            case IMPLICITLY_DENIED -> "implicitDeny";
        };
    }

    private static List<PolicyDocument> inputs(List<String> texts) {
        List<PolicyDocument> docs = new ArrayList<>();
        if (texts != null) {
            texts.forEach(t -> docs.add(Checks.parse(t)));
        }
        return docs;
    }

    SimulatePrincipalPolicyResponse simulatePrincipalPolicy(Caller caller, SimulatePrincipalPolicyRequest req) {
        AccountState acct = engine.account(caller.account());
        String source = req.policySourceArn();
        if (source == null) {
            throw Errors.required("policySourceArn");
        }
        if (req.actionNames() == null || req.actionNames().isEmpty()) {
            throw Errors.required("actionNames");
        }
        Records.RoleRecord r = engine.roleOps().roleByArn(source);
        if (r == null) {
            throw Errors.invalidInput("Invalid Entity Arn: " + source + " does not clearly define entity type and name."
                    + " (the fake simulates roles only)");
        }
        PolicySet.Builder set = PolicySet.builder()
                .identityPolicies(identityPolicies(engine, acct, r))
                .identityPolicies(inputs(req.hasPolicyInputList() ? req.policyInputList() : null));
        if (req.hasPermissionsBoundaryPolicyInputList() && !req.permissionsBoundaryPolicyInputList().isEmpty()) {
            inputs(req.permissionsBoundaryPolicyInputList()).forEach(set::permissionsBoundary);
        } else if (r.boundaryArn != null) {
            set.permissionsBoundary(document(engine, acct, r.boundaryArn));
        }
        if (req.resourcePolicy() != null) {
            set.resourcePolicy(Checks.parse(req.resourcePolicy()));
        }
        String principal = req.callerArn() != null ? req.callerArn() : r.arn;
        return SimulatePrincipalPolicyResponse.builder()
                .evaluationResults(evaluate(set.build(), principal, req.actionNames(), req.resourceArns(), req.resourceOwner(), req.contextEntries()))
                .isTruncated(false)
                .build();
    }

    SimulateCustomPolicyResponse simulateCustomPolicy(Caller caller, SimulateCustomPolicyRequest req) {
        if (!req.hasPolicyInputList()) {
            throw Errors.required("policyInputList");
        }
        PolicySet.Builder set = PolicySet.builder().identityPolicies(inputs(req.policyInputList()));
        inputs(req.hasPermissionsBoundaryPolicyInputList() ? req.permissionsBoundaryPolicyInputList() : null).forEach(set::permissionsBoundary);
        if (req.resourcePolicy() != null) {
            set.resourcePolicy(Checks.parse(req.resourcePolicy()));
        }
        String principal = req.callerArn() != null ? req.callerArn() : "arn:aws:iam::" + caller.account() + ":user/simulated";
        return SimulateCustomPolicyResponse.builder()
                .evaluationResults(evaluate(set.build(), principal, req.actionNames(), req.resourceArns(), req.resourceOwner(), req.contextEntries()))
                .isTruncated(false)
                .build();
    }

    private static List<EvaluationResult> evaluate(PolicySet set, String principal, List<String> actions, List<String> resources,
                                                   String resourceOwner, List<ContextEntry> context) {
        if (actions == null || actions.isEmpty()) {
            throw Errors.required("actionNames");
        }
        List<String> rs = resources == null || resources.isEmpty() ? List.of("*") : resources;
        var compiled = PolicyEvaluator.compile(set);
        List<EvaluationResult> out = new ArrayList<>();
        for (String action : actions) {
            for (String resource : rs) {
                EvaluationRequest.Builder b = EvaluationRequest.builder().principal(principal).action(action).resource(resource);
                if (resourceOwner != null) {
                    b.resourceAccount(resourceOwner.replaceAll("^arn:[^:]+:iam::(\\d{12}):root$", "$1"));
                }
                if (context != null) {
                    context.forEach(c -> b.context(c.contextKeyName(), c.contextKeyValues()));
                }
                Decision d = compiled.decide(b.build());
                out.add(EvaluationResult.builder().evalActionName(action).evalResourceName(resource)
                        .evalDecision(decision(d)).matchedStatements(List.of()).missingContextValues(List.of()).build());
            }
        }
        return out;
    }
}
