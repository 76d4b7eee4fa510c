package io.iamkit.eval;

import io.iamkit.policy.Condition;
import io.iamkit.policy.Statement;
import java.util.List;

/**
 * One statement, compiled: action patterns folded to lower case, resource patterns compiled (or
 * kept as templates when they hold policy variables), principal and conditions ready to test.
 */
final class CompiledStatement {

    final int index;
    final String sid;
    final boolean allow;
    final boolean deny;
    private final Wildcard[] actions;      // null: the statement names no action and matches none
    private final boolean notAction;
    private final Object[] resources;      // Wildcard or Template; null: Resource absent
    private final boolean notResource;
    private final boolean resourceImplied; // resource policies may leave Resource out: it is the resource itself
    private final PrincipalMatcher principal;
    private final PrincipalMatcher notPrincipal;
    private final boolean checkPrincipal;
    private final CompiledCondition[] conditions;

    CompiledStatement(Statement s, int index, boolean variables, boolean resourcePolicy, boolean checkPrincipal) {
        this.index = index;
        this.sid = s.sid();
        this.allow = s.effect().isAllow();
        this.deny = s.effect().isDeny();
        List<String> acts = s.actions() != null ? s.actions() : s.notActions();
        this.notAction = s.actions() == null && s.notActions() != null;
        if (acts == null) {
            this.actions = null;
        } else {
            this.actions = new Wildcard[acts.size()];
            for (int i = 0; i < acts.size(); i++) {
                actions[i] = Wildcard.compile(acts.get(i), true);
            }
        }
        List<String> res = s.resources() != null ? s.resources() : s.notResources();
        this.notResource = s.resources() == null && s.notResources() != null;
        this.resourceImplied = resourcePolicy;
        if (res == null) {
            this.resources = null;
        } else {
            this.resources = new Object[res.size()];
            for (int i = 0; i < res.size(); i++) {
                Template t = Template.parse(res.get(i), variables);
                resources[i] = t.hasVariables() ? t : Wildcard.compile(res.get(i), false);
            }
        }
        this.principal = s.principal() == null ? null : PrincipalMatcher.compile(s.principal());
        this.notPrincipal = s.notPrincipal() == null ? null : PrincipalMatcher.compile(s.notPrincipal());
        this.checkPrincipal = checkPrincipal;
        List<Condition> cs = s.conditions();
        this.conditions = new CompiledCondition[cs.size()];
        for (int i = 0; i < cs.size(); i++) {
            conditions[i] = CompiledCondition.compile(cs.get(i), variables);
        }
    }

    boolean matchesAction(String lowerAction) {
        if (actions == null) {
            return false;
        }
        boolean any = false;
        for (Wildcard w : actions) {
            if (w.matches(lowerAction)) {
                any = true;
                break;
            }
        }
        return any != notAction;
    }

    /**
     * Whether the statement applies to the request: 0 when it does not, else how directly its
     * principal names the caller ({@link PrincipalMatcher#DIRECT} when principals are not checked).
     * Call only after {@link #matchesAction}. With a trace, records why it does not apply.
     */
    int applies(RequestView r, Trace trace) {
        if (!matchesResource(r, trace)) {
            return 0;
        }
        int how = PrincipalMatcher.DIRECT;
        if (checkPrincipal) {
            if (principal != null) {
                how = principal.match(r.identity);
                if (how == PrincipalMatcher.NONE) {
                    return fail(trace, "the Principal " + principal + " does not name " + r.identity.text());
                }
            } else if (notPrincipal != null) {
                if (notPrincipal.exempts(r.identity)) {
                    return fail(trace, "the NotPrincipal " + notPrincipal + " names " + r.identity.text()
                            + " (its account and every identity in its chain)");
                }
            } else {
                return fail(trace, "the statement has neither Principal nor NotPrincipal, so it names no one");
            }
        }
        for (CompiledCondition c : conditions) {
            if (!c.test(r, trace)) {
                return 0;
            }
        }
        return how;
    }

    private boolean matchesResource(RequestView r, Trace trace) {
        if (resources == null) {
            return resourceImplied || fail(trace, "the statement has neither Resource nor NotResource") != 0;
        }
        boolean any = false;
        for (Object p : resources) {
            Wildcard w;
            if (p instanceof Wildcard pw) {
                w = pw;
            } else {
                Template t = (Template) p;
                w = t.pattern(r, false);
                if (w == null) {
                    return fail(trace, "the policy variable " + t.unresolved(r) + " in \"" + t.text()
                            + "\" has no value in this request, so the statement does not match") != 0;
                }
            }
            if (w.matches(r.resource)) {
                any = true;
                break;
            }
        }
        if (any == notResource) {
            return fail(trace, notResource ? "the resource " + r.resource + " is excluded by NotResource"
                    : "the resource " + r.resource + " matches none of its Resource patterns") != 0;
        }
        return true;
    }

    private static int fail(Trace trace, String why) {
        if (trace != null) {
            trace.failure(why);
        }
        return 0;
    }
}
