package io.iamkit.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Semantic equivalence of policy documents: two documents are equivalent when IAM treats them the
 * same, even if their JSON differs. Tools that compare a declared document with the one IAM returns
 * use this to avoid rewriting a policy that has not changed.
 *
 * <p>{@link #normalize} rewrites a document into one canonical form; {@link #equivalent} compares
 * the canonical forms. The rules, and why each one is safe, are in {@code docs/equivalence.md}:
 * <ul>
 *   <li>statement order, and duplicate identical statements, do not matter;</li>
 *   <li>order and duplicates of values in {@code Action}, {@code NotAction}, {@code Resource},
 *       {@code NotResource}, principal values and condition values do not matter;</li>
 *   <li>action names, condition operators and condition keys compare ignoring case;</li>
 *   <li>{@code Effect} compares ignoring case;</li>
 *   <li>in {@code AWS} principals, {@code arn:PARTITION:iam::ID:root} is the account id {@code ID};</li>
 *   <li>an empty {@code Principal} ({@code {}}) is the same as none;</li>
 *   <li>a string and a one-element array, a statement object and a one-statement array, and
 *       {@code true} and {@code "true"} are already the same in the model.</li>
 * </ul>
 * Kept apart on purpose: {@code Sid} (IAM stores it; changing it is a real update), a missing
 * {@code Version} versus {@code 2012-10-17} (policy variables are only substituted under the latter),
 * the bare {@code "*"} principal versus {@code {"AWS": "*"}}, resource ARNs (case-sensitive) and
 * condition values (their case may matter, depending on the operator).
 */
public final class PolicyEquivalence {

    private static final Pattern ACCOUNT_ROOT = Pattern.compile("arn:[^:]+:iam::(\\d{12}):root");

    private PolicyEquivalence() {
    }

    /**
     * The canonical form of {@code doc}: the equivalent document in which statements are sorted and
     * de-duplicated and every rule above is applied. Idempotent; the result is a valid policy if the
     * input was one, but it is meant for comparison, not for writing back (actions are lower-cased).
     */
    public static PolicyDocument normalize(PolicyDocument doc) {
        TreeSet<Statement> statements = new TreeSet<>(STATEMENT_ORDER);
        for (Statement s : doc.statements()) {
            statements.add(normalize(s));
        }
        return new PolicyDocument(doc.version(), doc.id(), new ArrayList<>(statements));
    }

    /** True when IAM treats {@code a} and {@code b} the same: {@code normalize(a).equals(normalize(b))}. */
    public static boolean equivalent(PolicyDocument a, PolicyDocument b) {
        return normalize(a).equals(normalize(b));
    }

    static Statement normalize(Statement s) {
        return new Statement(
                s.sid(),
                normalize(s.effect()),
                normalize(s.principal()),
                normalize(s.notPrincipal()),
                lowerSortedSet(s.actions()),
                lowerSortedSet(s.notActions()),
                sortedSet(s.resources()),
                sortedSet(s.notResources()),
                normalizeConditions(s.conditions()));
    }

    private static Effect normalize(Effect effect) {
        if (effect.isAllow()) {
            return Effect.ALLOW;
        }
        if (effect.isDeny()) {
            return Effect.DENY;
        }
        return effect;
    }

    private static Principal normalize(Principal p) {
        if (p == null || p.isEmpty()) {
            return null;
        }
        if (p.wildcard()) {
            return p;
        }
        Map<String, List<String>> sorted = new TreeMap<>();
        p.entries().forEach((type, values) -> sorted.put(type, sortedSet(Principal.AWS.equals(type)
                ? values.stream().map(PolicyEquivalence::accountOfRoot).toList()
                : values)));
        return new Principal(false, sorted);
    }

    /** {@code arn:aws:iam::111122223333:root} → {@code 111122223333}; IAM stores a bare id as that ARN. */
    private static String accountOfRoot(String value) {
        var m = ACCOUNT_ROOT.matcher(value);
        return m.matches() ? m.group(1) : value;
    }

    private static List<Condition> normalizeConditions(List<Condition> conditions) {
        // Two conditions with the same operator and key stay separate: they are ANDed, and merging
        // their values would OR them. Identical conditions collapse (A and A is A).
        TreeSet<Condition> out = new TreeSet<>(CONDITION_ORDER);
        for (Condition c : conditions) {
            out.add(new Condition(ConditionOperator.of(c.operator().canonicalText()),
                    c.key().toLowerCase(Locale.ROOT), sortedSet(c.values())));
        }
        return new ArrayList<>(out);
    }

    private static List<String> sortedSet(List<String> values) {
        return values == null ? null : List.copyOf(new TreeSet<>(values));
    }

    private static List<String> lowerSortedSet(List<String> values) {
        return values == null ? null : sortedSet(values.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList());
    }

    // A total order over normalized values, so the canonical statement order does not depend on the
    // order written. Equal under these comparators means equal as records.

    private static final Comparator<List<String>> STRINGS = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    };

    private static final Comparator<List<String>> NULLABLE_STRINGS = Comparator.nullsFirst(STRINGS);

    private static final Comparator<Principal> PRINCIPAL = Comparator.nullsFirst(
            Comparator.comparing(Principal::wildcard).reversed()
                    .thenComparing(PolicyEquivalence::compareEntries));

    /** Entry by entry: type, then values; entries are already sorted by type. */
    private static int compareEntries(Principal a, Principal b) {
        var x = new ArrayList<>(a.entries().entrySet());
        var y = new ArrayList<>(b.entries().entrySet());
        for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
            int c = x.get(i).getKey().compareTo(y.get(i).getKey());
            if (c == 0) {
                c = STRINGS.compare(x.get(i).getValue(), y.get(i).getValue());
            }
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.size(), y.size());
    }

    private static final Comparator<Condition> CONDITION_ORDER = Comparator
            .comparing((Condition c) -> c.operator().text())
            .thenComparing(Condition::key)
            .thenComparing(Condition::values, STRINGS);

    private static final Comparator<List<Condition>> CONDITIONS = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = CONDITION_ORDER.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    };

    private static final Comparator<Statement> STATEMENT_ORDER = Comparator
            .comparing(Statement::sid, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(s -> s.effect().value())
            .thenComparing(Statement::principal, PRINCIPAL)
            .thenComparing(Statement::notPrincipal, PRINCIPAL)
            .thenComparing(Statement::actions, NULLABLE_STRINGS)
            .thenComparing(Statement::notActions, NULLABLE_STRINGS)
            .thenComparing(Statement::resources, NULLABLE_STRINGS)
            .thenComparing(Statement::notResources, NULLABLE_STRINGS)
            .thenComparing(Statement::conditions, CONDITIONS);
}
