package io.iamkit.eval;

import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.Statement;
import java.util.List;

/**
 * One policy document, compiled, with its place in the evaluation (source and label). Evaluating it
 * answers two questions at once: does a Deny apply, and how directly does an Allow apply.
 */
final class CompiledPolicy {

    /** Bit set in {@link #evaluate}'s result when a Deny statement applies. */
    static final int DENIED = 1 << 8;

    final Finding.Source source;
    final String label;
    private final CompiledStatement[] statements;

    CompiledPolicy(PolicyDocument doc, Finding.Source source, String label) {
        this.source = source;
        this.label = label;
        boolean variables = PolicyDocument.VERSION_2012_10_17.equals(doc.effectiveVersion());
        boolean resourcePolicy = source == Finding.Source.RESOURCE;
        boolean checkPrincipal = source == Finding.Source.RESOURCE || source == Finding.Source.RCP;
        List<Statement> ss = doc.statements();
        statements = new CompiledStatement[ss.size()];
        for (int i = 0; i < ss.size(); i++) {
            statements[i] = new CompiledStatement(ss.get(i), i, variables, resourcePolicy, checkPrincipal);
        }
    }

    /**
     * The best allow class (0 when no Allow applies, else a {@link PrincipalMatcher} level) ORed with
     * {@link #DENIED} when a Deny applies. Stops at the first Deny unless tracing.
     */
    int evaluate(RequestView r, Trace trace) {
        int best = 0;
        boolean denied = false;
        for (CompiledStatement s : statements) {
            if ((!s.allow && !s.deny) || !s.matchesAction(r.lowerAction)) {
                continue;
            }
            if (s.allow && best == PrincipalMatcher.DIRECT && trace == null) {
                continue; // nothing more to learn from another Allow
            }
            int how = s.applies(r, trace);
            if (trace != null) {
                record(trace, s, how);
            }
            if (how == 0) {
                continue;
            }
            if (s.deny) {
                denied = true;
                if (trace == null) {
                    break;
                }
            } else if (how > best) {
                best = how;
            }
        }
        return best | (denied ? DENIED : 0);
    }

    private void record(Trace trace, CompiledStatement s, int how) {
        if (how == 0) {
            String why = trace.takeFailure();
            trace.add(new Finding(source, label, s.index, s.sid, Finding.Verdict.DOES_NOT_APPLY,
                    (s.allow ? "Allow" : "Deny") + " matches the action but " + (why == null ? "does not apply" : why)));
            return;
        }
        String via = switch (how) {
            case PrincipalMatcher.ACCOUNT -> " (its Principal names the caller's account)";
            case PrincipalMatcher.ROLE -> " (its Principal names the caller's role)";
            default -> "";
        };
        trace.add(new Finding(source, label, s.index, s.sid, s.deny ? Finding.Verdict.DENIES : Finding.Verdict.ALLOWS,
                (s.deny ? "Deny" : "Allow") + " applies to the action, resource" + (source == Finding.Source.RESOURCE ? ", principal" : "")
                        + " and conditions" + via));
    }
}
