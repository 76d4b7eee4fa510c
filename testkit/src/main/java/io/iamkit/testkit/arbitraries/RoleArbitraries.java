package io.iamkit.testkit.arbitraries;

import io.iamkit.eval.EvaluationRequest;
import io.iamkit.role.Role;
import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.StringArbitrary;

/** jqwik arbitraries for IAM names, roles as declared, and evaluation requests. */
public final class RoleArbitraries {

    private RoleArbitraries() {
    }

    /** Valid role names: 1–64 characters of {@code [\w+=,.@-]}. */
    public static StringArbitrary roleNames() {
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
                .withChars('_', '+', '=', ',', '.', '@', '-').ofMinLength(1).ofMaxLength(64);
    }

    /** Names IAM refuses: empty, too long, or with characters outside the set. */
    public static Arbitrary<String> invalidRoleNames() {
        return Arbitraries.oneOf(Arbitraries.just(""), roleNames().map(n -> n + "x".repeat(65)),
                roleNames().ofMaxLength(20).map(n -> n + "/"), Arbitraries.of("a b", "ü", "role\n", "a*b", "r:1"));
    }

    public static Arbitrary<String> paths() {
        return Arbitraries.of("/", "/service-role/", "/team/app/", "/a/");
    }

    /** Roles IAM accepts: a valid name, path, trust policy, inline identity policies, tags and session length. */
    public static Arbitrary<Role> roles() {
        return Combinators.combine(roleNames(), paths(), PolicyArbitraries.trustPolicies(),
                PolicyArbitraries.identityPolicies().list().ofMaxSize(2),
                Arbitraries.integers().between(1, 12).map(Duration::ofHours),
                Arbitraries.of("team", "env", "owner").set().ofMaxSize(3))
                .as((name, path, trust, inline, session, tagKeys) -> {
                    Role.Builder b = Role.builder(name).path(path).trust(trust).maxSession(session);
                    for (int i = 0; i < inline.size(); i++) {
                        b.inline("policy" + i, inline.get(i));
                    }
                    tagKeys.forEach(k -> b.tag(k, "v-" + k));
                    return b.build();
                });
    }

    /** Requests over the same vocabulary as {@link PolicyArbitraries}, with context keys the conditions test. */
    public static Arbitrary<EvaluationRequest> evaluationRequests() {
        Arbitrary<String> principals = Arbitraries.of(PolicyArbitraries.ACCOUNTS).flatMap(a -> Arbitraries.of(
                "arn:aws:iam::" + a + ":role/app", "arn:aws:sts::" + a + ":assumed-role/app/session", "arn:aws:iam::" + a + ":user/alice"));
        Arbitrary<String> concreteActions = PolicyArbitraries.actions().filter(x -> !x.contains("*") && !x.contains("?"));
        Arbitrary<String> concreteResources = PolicyArbitraries.resources().filter(x -> !x.contains("*") && !x.contains("?"));
        return Combinators.combine(principals, concreteActions, concreteResources,
                Arbitraries.of("10.1.2.3", "192.168.1.1", "8.8.8.8").injectNull(0.3),
                Arbitraries.of("true", "false").injectNull(0.3),
                Arbitraries.of("payments", "ops").injectNull(0.5))
                .as((p, a, r, ip, tls, team) -> {
                    EvaluationRequest.Builder b = EvaluationRequest.builder().principal(p).action(a).resource(r);
                    if (ip != null) {
                        b.context("aws:SourceIp", ip);
                    }
                    if (tls != null) {
                        b.context("aws:SecureTransport", tls);
                    }
                    if (team != null) {
                        b.principalTag("team", team);
                    }
                    return b.build();
                });
    }
}
