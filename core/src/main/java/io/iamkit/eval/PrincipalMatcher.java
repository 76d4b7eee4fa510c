package io.iamkit.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.iamkit.json.Json;
import io.iamkit.policy.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A {@code Principal} or {@code NotPrincipal} element, compiled.
 *
 * <p>AWS checks a caller as a chain of identities: the account, then the user, or the role and then
 * its session. A {@code Principal} matches when any link of the chain is named (so an account id
 * matches every principal of the account, and a role ARN matches the role's sessions). A
 * {@code NotPrincipal} exempts a caller only when every link is named, which is why AWS's
 * documentation says a {@code Deny} with {@code NotPrincipal} must name the account and the session
 * as well as the role.
 */
final class PrincipalMatcher {

    /** How directly a matching entry names the caller; higher is more direct. */
    static final int NONE = 0;
    /** Through the account (account id or {@code :root}): AWS reads it as delegation to the account's own policies. */
    static final int ACCOUNT = 1;
    /** Through the role ARN, for a role or its session: limited by the boundary and session policy. */
    static final int ROLE = 2;
    /** The caller itself, a wildcard, a service or an identity provider: needs nothing else in the same account. */
    static final int DIRECT = 3;

    private enum Type { EVERYONE, AWS_ANY, ACCOUNT, USER, ROLE, SESSION, FEDERATED_USER, SERVICE, SERVICE_ANY, PROVIDER, PROVIDER_ANY, EXACT }

    private record Entry(Type type, String account, String name, String session) {
    }

    private final Entry[] entries;
    private final String text;

    private PrincipalMatcher(Entry[] entries, String text) {
        this.entries = entries;
        this.text = text;
    }

    static PrincipalMatcher compile(Principal p) {
        List<Entry> out = new ArrayList<>();
        if (p.wildcard()) {
            out.add(new Entry(Type.EVERYONE, null, null, null));
        }
        for (Map.Entry<String, List<String>> e : p.entries().entrySet()) {
            String type = e.getKey();
            for (String v : e.getValue()) {
                Entry entry = switch (type) {
                    case Principal.AWS -> aws(v);
                    case Principal.SERVICE -> v.equals("*") ? new Entry(Type.SERVICE_ANY, null, null, null)
                            : new Entry(Type.SERVICE, null, v.toLowerCase(Locale.ROOT), null);
                    case Principal.FEDERATED -> v.equals("*") ? new Entry(Type.PROVIDER_ANY, null, null, null)
                            : new Entry(Type.PROVIDER, null, v, null);
                    // CanonicalUser and unknown types: only the exact text given as the principal matches.
                    default -> new Entry(Type.EXACT, null, v, null);
                };
                out.add(entry);
            }
        }
        return new PrincipalMatcher(out.toArray(new Entry[0]), text(p));
    }

    /** The element as JSON, for explanations: {@code "*"} or {@code {"AWS":["…"]}}. */
    private static String text(Principal p) {
        if (p.wildcard()) {
            return "\"*\"";
        }
        try {
            return Json.mapper().writeValueAsString(p.entries());
        } catch (JsonProcessingException e) {
            return p.toString();
        }
    }

    private static Entry aws(String v) {
        if (v.equals("*")) {
            return new Entry(Type.AWS_ANY, null, null, null);
        }
        PrincipalIdentity id = PrincipalIdentity.parse(v);
        return switch (id.kind()) {
            case ACCOUNT_ROOT -> new Entry(Type.ACCOUNT, id.account(), null, null);
            case USER -> new Entry(Type.USER, id.account(), id.name(), null);
            case ROLE -> new Entry(Type.ROLE, id.account(), id.name(), null);
            case ASSUMED_ROLE -> new Entry(Type.SESSION, id.account(), id.name(), id.session());
            case FEDERATED_USER -> new Entry(Type.FEDERATED_USER, id.account(), id.name(), null);
            // Unique ids (AROA…, AIDA…) and anything else: exact text only.
            default -> new Entry(Type.EXACT, null, v, null);
        };
    }

    /** How directly this element names the caller, for a {@code Principal} element; {@link #NONE} if not at all. */
    int match(PrincipalIdentity caller) {
        int best = NONE;
        for (Entry e : entries) {
            int m = matchEntry(e, caller);
            if (m > best) {
                best = m;
                if (best == DIRECT) {
                    break;
                }
            }
        }
        return best;
    }

    /** For a {@code NotPrincipal} element: true when every identity in the caller's chain is named. */
    boolean exempts(PrincipalIdentity caller) {
        boolean account = caller.account() != null && caller.isAwsIdentity();
        switch (caller.kind()) {
            case ACCOUNT_ROOT:
                return names(caller, Type.ACCOUNT);
            case USER:
                return names(caller, Type.ACCOUNT) && names(caller, Type.USER);
            case ROLE:
                return names(caller, Type.ACCOUNT) && names(caller, Type.ROLE);
            case ASSUMED_ROLE:
                return names(caller, Type.ACCOUNT) && names(caller, Type.ROLE) && names(caller, Type.SESSION);
            case FEDERATED_USER:
                return account && names(caller, Type.ACCOUNT) && names(caller, Type.FEDERATED_USER);
            default:
                return match(caller) != NONE;
        }
    }

    /** Whether some entry names the caller's identity of the given link type (or everyone). */
    private boolean names(PrincipalIdentity caller, Type link) {
        for (Entry e : entries) {
            if (e.type == Type.EVERYONE || e.type == Type.AWS_ANY) {
                return true;
            }
            if (e.type == link && linkMatches(e, caller)) {
                return true;
            }
            if (e.type == Type.EXACT && e.name.equals(caller.text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean linkMatches(Entry e, PrincipalIdentity c) {
        if (!e.account.equals(c.account())) {
            return false;
        }
        return switch (e.type) {
            case ACCOUNT -> true;
            case USER, FEDERATED_USER, ROLE -> e.name.equals(c.name());
            case SESSION -> e.name.equals(c.name()) && e.session.equals(c.session());
            default -> false;
        };
    }

    private static int matchEntry(Entry e, PrincipalIdentity c) {
        PrincipalIdentity.Kind k = c.kind();
        switch (e.type) {
            case EVERYONE:
                return DIRECT;
            case AWS_ANY:
                // {"AWS": "*"} is every AWS principal and, as AWS documents, anonymous callers too; not services.
                return c.isAwsIdentity() || k == PrincipalIdentity.Kind.ANONYMOUS ? DIRECT : NONE;
            case ACCOUNT:
                return c.isAwsIdentity() && e.account.equals(c.account()) ? ACCOUNT : NONE;
            case USER:
                return k == PrincipalIdentity.Kind.USER && linkMatches(e, c) ? DIRECT : NONE;
            case ROLE:
                return (k == PrincipalIdentity.Kind.ROLE || k == PrincipalIdentity.Kind.ASSUMED_ROLE) && linkMatches(e, c) ? ROLE : NONE;
            case SESSION:
                return k == PrincipalIdentity.Kind.ASSUMED_ROLE && linkMatches(e, c) ? DIRECT : NONE;
            case FEDERATED_USER:
                return k == PrincipalIdentity.Kind.FEDERATED_USER && linkMatches(e, c) ? DIRECT : NONE;
            case SERVICE:
                return k == PrincipalIdentity.Kind.SERVICE && e.name.equalsIgnoreCase(c.name()) ? DIRECT : NONE;
            case SERVICE_ANY:
                return k == PrincipalIdentity.Kind.SERVICE ? DIRECT : NONE;
            case PROVIDER:
                return k == PrincipalIdentity.Kind.IDENTITY_PROVIDER && e.name.equals(c.text()) ? DIRECT : NONE;
            case PROVIDER_ANY:
                return k == PrincipalIdentity.Kind.IDENTITY_PROVIDER ? DIRECT : NONE;
            case EXACT:
                return e.name.equals(c.text()) ? DIRECT : NONE;
            default:
                return NONE;
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
