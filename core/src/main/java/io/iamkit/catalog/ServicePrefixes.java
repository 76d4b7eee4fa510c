package io.iamkit.catalog;

import io.iamkit.policy.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The service prefixes of IAM actions ({@code s3}, {@code ecr}, {@code logs}, …) that AWS's own
 * managed policies use: a list maintained by AWS, so a prefix missing from it is almost always a
 * typo ({@code ec:DescribeInstances}, {@code cloudwatchlogs:PutLogEvents}).
 */
public final class ServicePrefixes {

    private ServicePrefixes() {
    }

    private static final class Holder {
        static final Set<String> KNOWN = load();
    }

    /** Every prefix, lower case, sorted. */
    public static Set<String> all() {
        return Holder.KNOWN;
    }

    /** True when {@code prefix} (any case) is used by an AWS managed policy. */
    public static boolean isKnown(String prefix) {
        return Holder.KNOWN.contains(prefix.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        Set<String> prefixes = new TreeSet<>();
        for (AwsManagedPolicy p : AwsManagedPolicies.all()) {
            for (Statement s : p.document().statements()) {
                addPrefixes(prefixes, s.actions());
                addPrefixes(prefixes, s.notActions());
            }
        }
        return Set.copyOf(prefixes);
    }

    private static void addPrefixes(Set<String> into, List<String> actions) {
        if (actions == null) {
            return;
        }
        for (String a : actions) {
            int colon = a.indexOf(':');
            String prefix = colon > 0 ? a.substring(0, colon) : "";
            if (!prefix.isEmpty() && prefix.indexOf('*') < 0 && prefix.indexOf('?') < 0) {
                into.add(prefix.toLowerCase(Locale.ROOT));
            }
        }
    }
}
