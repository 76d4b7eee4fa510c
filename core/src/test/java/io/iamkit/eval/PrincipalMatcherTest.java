package io.iamkit.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.iamkit.policy.Principal;
import org.junit.jupiter.api.Test;

class PrincipalMatcherTest {

    private static final PrincipalIdentity SESSION = PrincipalIdentity.parse("arn:aws:sts::111122223333:assumed-role/dev/s1");
    private static final PrincipalIdentity SERVICE = PrincipalIdentity.parse("ecs-tasks.amazonaws.com");
    private static final PrincipalIdentity ANON = PrincipalIdentity.parse("anonymous");

    @Test
    void principalMatchesAnyLinkOfTheChainAndSaysHowDirectly() {
        assertThat(PrincipalMatcher.compile(Principal.aws("111122223333")).match(SESSION)).isEqualTo(PrincipalMatcher.ACCOUNT);
        assertThat(PrincipalMatcher.compile(Principal.aws("arn:aws:iam::111122223333:role/a/dev")).match(SESSION)).isEqualTo(PrincipalMatcher.ROLE);
        assertThat(PrincipalMatcher.compile(Principal.aws("arn:aws:sts::111122223333:assumed-role/dev/s1")).match(SESSION)).isEqualTo(PrincipalMatcher.DIRECT);
        assertThat(PrincipalMatcher.compile(Principal.aws("arn:aws:iam::444455556666:role/dev")).match(SESSION)).isEqualTo(PrincipalMatcher.NONE);
        assertThat(PrincipalMatcher.compile(Principal.aws("111122223333").and(Principal.AWS, "arn:aws:sts::111122223333:assumed-role/dev/s1"))
                .match(SESSION)).isEqualTo(PrincipalMatcher.DIRECT);
    }

    @Test
    void wildcardsAndServices() {
        assertThat(PrincipalMatcher.compile(Principal.anyone()).match(SERVICE)).isEqualTo(PrincipalMatcher.DIRECT);
        assertThat(PrincipalMatcher.compile(Principal.aws("*")).match(SERVICE)).isEqualTo(PrincipalMatcher.NONE);
        assertThat(PrincipalMatcher.compile(Principal.aws("*")).match(ANON)).isEqualTo(PrincipalMatcher.DIRECT);
        assertThat(PrincipalMatcher.compile(Principal.service("ECS-TASKS.amazonaws.com")).match(SERVICE)).isEqualTo(PrincipalMatcher.DIRECT);
        assertThat(PrincipalMatcher.compile(Principal.service("ecs-tasks.amazonaws.com")).match(SESSION)).isEqualTo(PrincipalMatcher.NONE);
        assertThat(PrincipalMatcher.compile(Principal.aws("arn:aws:sts::111122223333:assumed-role/dev/*")).match(SESSION))
                .as("no partial wildcards in principals").isEqualTo(PrincipalMatcher.NONE);
    }

    @Test
    void notPrincipalExemptsOnlyWhenEveryLinkIsNamed() {
        Principal all = Principal.aws("arn:aws:iam::111122223333:root", "arn:aws:iam::111122223333:role/dev",
                "arn:aws:sts::111122223333:assumed-role/dev/s1");
        assertThat(PrincipalMatcher.compile(all).exempts(SESSION)).isTrue();
        assertThat(PrincipalMatcher.compile(Principal.aws("arn:aws:iam::111122223333:root", "arn:aws:iam::111122223333:role/dev"))
                .exempts(SESSION)).isFalse();
        assertThat(PrincipalMatcher.compile(Principal.aws("111122223333")).exempts(ANON)).isFalse();
        assertThat(PrincipalMatcher.compile(Principal.service("ecs-tasks.amazonaws.com")).exempts(SERVICE)).isTrue();
    }

    @Test
    void derivedContextKeys() {
        RequestView service = new RequestView(EvaluationRequest.of("ecs-tasks.amazonaws.com", "sts:AssumeRole", "*"));
        assertThat(service.values("aws:principalisawsservice")).containsExactly("true");
        assertThat(service.values("aws:principalaccount")).isNull();
        RequestView user = new RequestView(EvaluationRequest.of("arn:aws:iam::111122223333:user/alice", "s3:GetObject", "arn:aws:s3:::b/k"));
        assertThat(user.values("aws:principalisawsservice")).containsExactly("false");
        assertThat(user.values("aws:username")).containsExactly("alice");
        assertThat(user.values("aws:principaltype")).containsExactly("User");
        assertThat(user.values("aws:resourceaccount")).containsExactly("111122223333");
        RequestView anon = new RequestView(EvaluationRequest.of("anonymous", "s3:GetObject", "arn:aws:s3:::b/k"));
        assertThat(anon.values("aws:principalisawsservice")).isNull();
        assertThat(anon.values("aws:principaltype")).containsExactly("Anonymous");
    }
}
