package io.iamkit.aws;

import io.iamkit.arn.Arn;
import io.iamkit.policy.Principal;
import io.iamkit.policy.Statement;
import io.iamkit.role.Role;
import io.iamkit.spec.IamSpec;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Orders roles so that a role trusted by another declared role is created first: IAM rejects a
 * trust policy naming a principal that does not exist ("Invalid principal in policy").
 */
final class TrustOrder {

    private TrustOrder() {
    }

    /**
     * The wave of every role: 0 for a role trusting no other declared role, else one more than the
     * highest wave of the declared roles it trusts. Roles in a cycle (which IAM cannot create as
     * declared anyway) keep the wave reached when the cycle is found.
     */
    static Map<String, Integer> waves(IamSpec spec) {
        Map<String, Role> byName = new HashMap<>();
        for (Role r : spec.roles()) {
            if (!spec.isDeleted(r.name())) {
                byName.put(r.name().toLowerCase(Locale.ROOT), r);
            }
        }
        Map<String, Integer> waves = new HashMap<>();
        for (Role r : spec.roles()) {
            waves.put(r.name(), wave(r, byName, new HashMap<>(), new HashSet<>()));
        }
        return waves;
    }

    private static int wave(Role role, Map<String, Role> byName, Map<String, Integer> memo, Set<String> visiting) {
        String key = role.name().toLowerCase(Locale.ROOT);
        if (memo.containsKey(key)) {
            return memo.get(key);
        }
        if (!visiting.add(key)) {
            return 0;
        }
        int wave = 0;
        for (String trusted : trustedRoles(role)) {
            Role other = byName.get(trusted);
            if (other != null && other != role) {
                wave = Math.max(wave, 1 + wave(other, byName, memo, visiting));
            }
        }
        visiting.remove(key);
        memo.put(key, wave);
        return wave;
    }

    /** Names (lower case) of the roles an {@code AWS} principal of the trust policy names by ARN. */
    private static Set<String> trustedRoles(Role role) {
        Set<String> names = new HashSet<>();
        if (role.trustPolicy() == null) {
            return names;
        }
        for (Statement s : role.trustPolicy().statements()) {
            Principal p = s.principal();
            if (p == null) {
                continue;
            }
            for (String v : p.values(Principal.AWS)) {
                Arn.tryParse(v).filter(a -> a.service().equals("iam") && a.resourceType().equals("role"))
                        .ifPresent(a -> names.add(a.resourceName().toLowerCase(Locale.ROOT)));
            }
        }
        return names;
    }
}
