package io.iamkit.eval;

import io.iamkit.policy.PolicyDocument;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A {@link PolicySet} prepared for evaluation: immutable and thread-safe, so compile once and
 * evaluate many requests from any number of threads.
 *
 * <p>The logic, in the order of AWS's "Policy evaluation logic" pages (details and sources in
 * {@code docs/evaluation.md}):
 * <ol>
 *   <li>a Deny that applies in any policy decides: explicitly denied;</li>
 *   <li>every RCP level (of the resource's account) and every SCP level (of the caller's account)
 *       must hold an Allow that applies;</li>
 *   <li>same account: an Allow in the identity policies (within the boundary and session policy),
 *       or in the resource policy, suffices. A resource policy that names the user, the session or
 *       {@code *} needs nothing else; one that names the role is still limited by the boundary and
 *       session policy; one that names only the account delegates to the identity policies. Role
 *       trust policies and KMS key policies must allow themselves;</li>
 *   <li>cross account: the identity side and the resource policy must both allow;</li>
 *   <li>service principals, identity providers and anonymous callers have no identity side: the
 *       resource policy alone decides.</li>
 * </ol>
 */
public final class CompiledPolicySet {

    private final PolicySet source;
    private final CompiledPolicy[] identity;
    private final CompiledPolicy resource;
    private final CompiledPolicy[] boundary;
    private final CompiledPolicy session;
    private final CompiledPolicy[][] scps;
    private final CompiledPolicy[][] rcps;

    private CompiledPolicySet(PolicySet source) {
        this.source = source;
        this.identity = compileAll(source.identityPolicies(), Finding.Source.IDENTITY, "identity policy ");
        this.resource = source.resourcePolicy() == null ? null
                : new CompiledPolicy(source.resourcePolicy(), Finding.Source.RESOURCE, "resource policy");
        this.boundary = compileAll(source.permissionsBoundaries(), Finding.Source.PERMISSIONS_BOUNDARY, "permissions boundary ");
        this.session = source.sessionPolicy() == null ? null
                : new CompiledPolicy(source.sessionPolicy(), Finding.Source.SESSION, "session policy");
        this.scps = compileLevels(source.scps(), Finding.Source.SCP);
        this.rcps = compileLevels(source.rcps(), Finding.Source.RCP);
    }

    private static CompiledPolicy[] compileAll(List<PolicyDocument> docs, Finding.Source src, String label) {
        CompiledPolicy[] out = new CompiledPolicy[docs.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = new CompiledPolicy(docs.get(i), src, docs.size() == 1 && src != Finding.Source.IDENTITY ? label.trim() : label + (i + 1));
        }
        return out;
    }

    private static CompiledPolicy[][] compileLevels(List<List<PolicyDocument>> levels, Finding.Source src) {
        CompiledPolicy[][] out = new CompiledPolicy[levels.size()][];
        for (int l = 0; l < out.length; l++) {
            List<PolicyDocument> docs = levels.get(l);
            out[l] = new CompiledPolicy[docs.size()];
            for (int i = 0; i < docs.size(); i++) {
                out[l][i] = new CompiledPolicy(docs.get(i), src, src.label() + " level " + (l + 1) + " policy " + (i + 1));
            }
        }
        return out;
    }

    static CompiledPolicySet compile(PolicySet policies) {
        return new CompiledPolicySet(Objects.requireNonNull(policies, "policies"));
    }

    /** The policies this was compiled from. */
    public PolicySet policySet() {
        return source;
    }

    /** Evaluates a request. The explanation is worked out when first read, so an unread one costs nothing. */
    public EvaluationResult evaluate(EvaluationRequest request) {
        Decision d = decide(new RequestView(request), null);
        return new EvaluationResult(d, new LazyExplanation(this, request));
    }

    /** Only the decision: the fastest path. */
    public Decision decide(EvaluationRequest request) {
        return decide(new RequestView(request), null);
    }

    /** Evaluates with the explanation worked out at once. */
    public EvaluationResult explain(EvaluationRequest request) {
        Trace trace = new Trace();
        Decision d = decide(new RequestView(request), trace);
        return new EvaluationResult(d, List.copyOf(trace.findings));
    }

    // ---------------------------------------------------------------------------------------------

    private Decision decide(RequestView r, Trace trace) {
        PrincipalIdentity id = r.identity;
        boolean awsIdentity = id.isAwsIdentity();
        boolean root = id.kind() == PrincipalIdentity.Kind.ACCOUNT_ROOT;
        // SCPs limit the IAM principals of member accounts. RCPs limit the resources whoever asks,
        // service principals included (AWS's own RCP examples exempt them with aws:PrincipalIsAWSService).
        boolean scpApply = awsIdentity;
        boolean rcpApply = true;
        List<Finding> rules = trace == null ? null : new ArrayList<>();

        // 1. Explicit deny, gathering the allows on the way.
        boolean denied = false;
        int identityAllow = 0;
        if (awsIdentity) {
            for (CompiledPolicy p : identity) {
                int v = p.evaluate(r, trace);
                denied |= (v & CompiledPolicy.DENIED) != 0;
                identityAllow = Math.max(identityAllow, v & 0xFF);
            }
        }
        int resourceAllow = 0;
        if (resource != null && !(denied && trace == null)) {
            int v = resource.evaluate(r, trace);
            denied |= (v & CompiledPolicy.DENIED) != 0;
            resourceAllow = v & 0xFF;
        }
        boolean boundaryApplies = awsIdentity && !root && boundary.length > 0;
        boolean boundaryAllow = false;
        if (boundaryApplies && !(denied && trace == null)) {
            for (CompiledPolicy p : boundary) {
                int v = p.evaluate(r, trace);
                denied |= (v & CompiledPolicy.DENIED) != 0;
                boundaryAllow |= (v & 0xFF) != 0;
            }
        }
        boolean sessionApplies = awsIdentity && session != null;
        boolean sessionAllow = false;
        if (sessionApplies && !(denied && trace == null)) {
            int v = session.evaluate(r, trace);
            denied |= (v & CompiledPolicy.DENIED) != 0;
            sessionAllow = (v & 0xFF) != 0;
        }
        int scpMissing = scpApply ? levels(scps, r, trace) : 0;
        denied |= scpMissing < 0;
        int rcpMissing = rcpApply && !(denied && trace == null) ? levels(rcps, r, trace) : 0;
        denied |= rcpMissing < 0;

        if (denied) {
            return decided(trace, rules, Decision.EXPLICITLY_DENIED,
                    "a Deny statement applies, and an explicit Deny overrides every Allow");
        }
        if (rcpMissing > 0) {
            return decided(trace, rules, Decision.IMPLICITLY_DENIED, "RCP level " + rcpMissing
                    + " has no Allow for " + r.request.action() + " on " + r.resource + "; every RCP level must allow");
        }
        if (scpMissing > 0) {
            return decided(trace, rules, Decision.IMPLICITLY_DENIED, "SCP level " + scpMissing
                    + " has no Allow for " + r.request.action() + "; every SCP level must allow");
        }

        boolean boundaryOk = !boundaryApplies || boundaryAllow;
        // Without a session policy, a role session keeps its role's permissions; an IAM federated
        // user session (GetFederationToken) gets nothing from its identity policies.
        boolean sessionOk = sessionApplies ? sessionAllow : id.kind() != PrincipalIdentity.Kind.FEDERATED_USER;
        boolean identityPath = awsIdentity && (root || identityAllow > 0) && boundaryOk && sessionOk;
        boolean resourcePath = switch (resourceAllow) {
            case PrincipalMatcher.DIRECT -> true;
            case PrincipalMatcher.ROLE -> boundaryOk && (!sessionApplies || sessionAllow);
            case PrincipalMatcher.ACCOUNT -> identityPath;
            default -> false;
        };
        ResourcePolicyKind kind = effectiveKind(r);

        boolean allowed;
        String why;
        if (!awsIdentity) {
            allowed = resourceAllow != 0;
            why = allowed ? "the resource policy allows " + id.text() + ", which has no identity policies of its own"
                    : "a " + describe(id) + " has no identity policies, so only a resource policy can allow it, and "
                    + (resource == null ? "there is none" : "it does not");
        } else if (r.sameAccount()) {
            if (kind == ResourcePolicyKind.ROLE_TRUST || kind == ResourcePolicyKind.KMS_KEY) {
                allowed = resourceAllow != 0 && resourcePath;
                String what = kind == ResourcePolicyKind.ROLE_TRUST ? "role trust policy" : "KMS key policy";
                why = resourceAllow == 0 ? "a " + what + " must allow the caller itself, and "
                        + (resource == null ? "there is none" : "it does not")
                        : allowed ? "the " + what + " allows the caller" + (resourceAllow == PrincipalMatcher.ACCOUNT
                        ? " through its account, and the identity policies allow too" : "")
                        : explainLimits(resourceAllow, identityAllow, boundaryOk, sessionOk, "the " + what);
            } else {
                allowed = identityPath || resourcePath;
                why = allowed ? (identityPath ? "same account: the identity policies allow" + limitsNote(boundaryApplies, sessionApplies)
                        : "same account: the resource policy allows the caller" + (resourceAllow == PrincipalMatcher.ROLE
                        ? " through its role, within the boundary and session policy" : " directly"))
                        : explainLimits(resourceAllow, identityAllow, boundaryOk, sessionOk, "the resource policy");
            }
        } else {
            allowed = identityPath && resourceAllow != 0;
            why = allowed ? "cross account: the caller's identity policies and the resource policy both allow"
                    : "cross account (caller " + r.principalAccount + ", resource " + r.resourceAccount + "): "
                    + (!identityPath ? identityGap(root, identityAllow, boundaryOk, sessionOk)
                    : "the resource policy " + (resource == null ? "is missing" : "does not allow the caller"))
                    + "; both sides must allow";
        }
        return decided(trace, rules, allowed ? Decision.ALLOWED : Decision.IMPLICITLY_DENIED, why);
    }

    /**
     * Evaluates organization levels: -1 when a Deny applies, else the 1-based number of the first
     * level without an Allow, else 0.
     */
    private static int levels(CompiledPolicy[][] levels, RequestView r, Trace trace) {
        int missing = 0;
        for (int l = 0; l < levels.length; l++) {
            boolean allow = false;
            for (CompiledPolicy p : levels[l]) {
                int v = p.evaluate(r, trace);
                if ((v & CompiledPolicy.DENIED) != 0) {
                    return -1;
                }
                allow |= (v & 0xFF) != 0;
            }
            if (!allow && missing == 0) {
                missing = l + 1;
            }
        }
        return missing;
    }

    private ResourcePolicyKind effectiveKind(RequestView r) {
        return source.resourcePolicyKind().resolve(r.request);
    }

    private static String describe(PrincipalIdentity id) {
        return switch (id.kind()) {
            case SERVICE -> "service principal";
            case ANONYMOUS -> "anonymous caller";
            case IDENTITY_PROVIDER -> "federated identity-provider principal";
            default -> "principal of unknown kind";
        };
    }

    private static String limitsNote(boolean boundary, boolean session) {
        if (!boundary && !session) {
            return "";
        }
        return " and " + (boundary && session ? "the permissions boundary and session policy allow too"
                : boundary ? "the permissions boundary allows too" : "the session policy allows too");
    }

    private static String identityGap(boolean root, int identityAllow, boolean boundaryOk, boolean sessionOk) {
        if (!root && identityAllow == 0) {
            return "no identity policy allows the request";
        }
        if (!boundaryOk) {
            return "the identity policies allow, but the permissions boundary does not";
        }
        if (!sessionOk) {
            return "the identity policies allow, but the session policy does not (a federated user session needs one)";
        }
        return "the identity side does not allow";
    }

    private static String explainLimits(int resourceAllow, int identityAllow, boolean boundaryOk, boolean sessionOk, String what) {
        String id = identityGap(false, identityAllow, boundaryOk, sessionOk);
        return switch (resourceAllow) {
            case PrincipalMatcher.ROLE -> what + " allows the caller's role, but that grant is limited by "
                    + (!boundaryOk ? "the permissions boundary, which does not allow" : "the session policy, which does not allow");
            case PrincipalMatcher.ACCOUNT -> what + " names only the caller's account, which delegates to the identity side, and "
                    + id;
            default -> "same account: " + id + ", and " + what + (what.equals("the resource policy") ? " (if any) does not allow either" : " does not allow");
        };
    }

    private static Decision decided(Trace trace, List<Finding> rules, Decision d, String why) {
        if (trace != null) {
            rules.add(Finding.rule(d.awsName() + ": " + why));
            if (trace.findings.isEmpty()) {
                rules.add(Finding.rule("no statement in any policy matches the action"));
            }
            trace.findings.addAll(0, rules);
        }
        return d;
    }

    /** The explanation of a fast evaluation, worked out on first read by evaluating again with tracing. */
    private static final class LazyExplanation extends AbstractList<Finding> {
        private final CompiledPolicySet set;
        private final EvaluationRequest request;
        private volatile List<Finding> computed;

        LazyExplanation(CompiledPolicySet set, EvaluationRequest request) {
            this.set = set;
            this.request = request;
        }

        private List<Finding> list() {
            List<Finding> l = computed;
            if (l == null) {
                l = set.explain(request).explanation();
                computed = l;
            }
            return l;
        }

        @Override
        public Finding get(int index) {
            return list().get(index);
        }

        @Override
        public int size() {
            return list().size();
        }
    }
}
