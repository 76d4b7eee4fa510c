package io.iamkit.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators of policy documents: realistic names mixed with arbitrary Unicode text, every
 * element form the model holds (X and NotX, principals of each type, conditions of each family).
 */
public final class PolicyArbitraries {

    private PolicyArbitraries() {
    }

    private static final List<String> ACTIONS = List.of("s3:GetObject", "s3:PutObject", "s3:*", "*", "ec2:Describe*",
            "iam:PassRole", "sts:AssumeRole", "sqs:SendMessage", "logs:PutLogEvents", "kms:Decrypt", "dynamodb:Get?tem");
    private static final List<String> RESOURCES = List.of("*", "arn:aws:s3:::bucket", "arn:aws:s3:::bucket/*",
            "arn:aws:iam::111122223333:role/app", "arn:aws:sqs:us-east-1:111122223333:queue", "arn:aws:s3:::b/${aws:username}/*");
    private static final List<String> OPERATORS = List.of("StringEquals", "StringLike", "StringNotEquals", "ArnLike",
            "NumericLessThan", "DateGreaterThan", "Bool", "IpAddress", "Null", "ForAnyValue:StringLike",
            "ForAllValues:StringEquals", "StringEqualsIfExists", "StringEqualz");
    private static final List<String> KEYS = List.of("aws:SourceAccount", "aws:SourceArn", "aws:PrincipalTag/team",
            "aws:SecureTransport", "aws:SourceIp", "s3:prefix", "aws:TagKeys", "sts:ExternalId", "aws:CurrentTime");

    /** Short text, sometimes anything Unicode can hold (NUL, lone surrogates, emoji). */
    public static Arbitrary<String> text() {
        return Arbitraries.oneOf(
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12),
                Arbitraries.strings().all().ofMaxLength(8),
                Arbitraries.of("", "*", "true", "42", "2026-01-31T00:00:00Z", "10.0.0.0/8", "${aws:username}"));
    }

    public static Arbitrary<List<String>> actions() {
        return Arbitraries.oneOf(Arbitraries.of(ACTIONS), text().map(t -> "svc:" + t)).list().ofMinSize(1).ofMaxSize(4);
    }

    public static Arbitrary<List<String>> resources() {
        return Arbitraries.oneOf(Arbitraries.of(RESOURCES), text().map(t -> "arn:aws:s3:::bucket/" + t)).list().ofMinSize(1).ofMaxSize(3);
    }

    public static Arbitrary<Principal> principals() {
        Arbitrary<String> aws = Arbitraries.of("111122223333", "arn:aws:iam::111122223333:root", "arn:aws:iam::444455556666:role/app", "*");
        Arbitrary<String> service = Arbitraries.of("ecs-tasks.amazonaws.com", "lambda.amazonaws.com", "ec2.amazonaws.com");
        Arbitrary<Principal> typed = Combinators.combine(aws.list().ofMaxSize(3), service.list().ofMaxSize(2))
                .as((a, s) -> {
                    Map<String, List<String>> entries = new LinkedHashMap<>();
                    if (!a.isEmpty()) {
                        entries.put(Principal.AWS, a);
                    }
                    if (!s.isEmpty() || a.isEmpty()) {
                        entries.put(Principal.SERVICE, s.isEmpty() ? List.of("ecs-tasks.amazonaws.com") : s);
                    }
                    return new Principal(false, entries);
                });
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Principal.anyone())),
                net.jqwik.api.Tuple.of(4, typed));
    }

    /** Conditions with distinct operator and key pairs, so that the document can be written as JSON. */
    public static Arbitrary<List<Condition>> conditions() {
        Arbitrary<Condition> one = Combinators.combine(Arbitraries.of(OPERATORS), Arbitraries.of(KEYS),
                text().list().ofMinSize(1).ofMaxSize(3)).as((op, key, values) -> new Condition(ConditionOperator.of(op), key, values));
        return one.list().ofMaxSize(3).uniqueElements(c -> c.operator().text() + "\u0000" + c.key());
    }

    public static Arbitrary<Statement> statements() {
        Arbitrary<String> sid = Arbitraries.oneOf(Arbitraries.just((String) null), Arbitraries.strings().alpha().numeric().ofMaxLength(8));
        Arbitrary<Boolean> notAction = Arbitraries.of(false, false, false, true);
        Arbitrary<Boolean> notResource = Arbitraries.of(false, false, false, true);
        Arbitrary<Principal> principal = Arbitraries.oneOf(Arbitraries.just((Principal) null), principals());
        return Combinators.combine(sid, Arbitraries.of(Effect.ALLOW, Effect.DENY), actions(), notAction, resources(), notResource,
                principal, conditions()).as((s, effect, actions, na, resources, nr, p, conditions) -> Statement.builder()
                .sid(s).effect(effect)
                .actions(na ? List.of() : actions).notActions(na ? actions : List.of())
                .resources(nr ? List.of() : resources).notResources(nr ? resources : List.of())
                .principal(p).conditions(conditions).build())
                .map(PolicyArbitraries::dropEmpty);
    }

    /** The builder makes {@code X: []} when only {@code NotX} was given; make the other element absent instead. */
    private static Statement dropEmpty(Statement s) {
        return new Statement(s.sid(), s.effect(), s.principal(), s.notPrincipal(),
                s.actions() == null || s.actions().isEmpty() ? null : s.actions(),
                s.notActions() == null || s.notActions().isEmpty() ? null : s.notActions(),
                s.resources() == null || s.resources().isEmpty() ? null : s.resources(),
                s.notResources() == null || s.notResources().isEmpty() ? null : s.notResources(),
                s.conditions());
    }

    public static Arbitrary<PolicyDocument> documents() {
        Arbitrary<String> version = Arbitraries.of(PolicyDocument.VERSION_2012_10_17, PolicyDocument.VERSION_2012_10_17,
                PolicyDocument.VERSION_2008_10_17, null);
        Arbitrary<String> id = Arbitraries.oneOf(Arbitraries.just((String) null), text());
        return Combinators.combine(version, id, statements().list().ofMinSize(1).ofMaxSize(4))
                .as((v, i, statements) -> new PolicyDocument(v, i, new ArrayList<>(statements)));
    }
}
