package io.iamkit.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.iamkit.Problem;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.Principal;
import io.iamkit.role.ManagedPolicies;
import io.iamkit.role.ManagedPolicy;
import io.iamkit.role.Role;
import io.iamkit.role.Tag;
import io.iamkit.role.Trust;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RoleValidatorTest {

    private static Role.Builder role(String name) {
        return Role.builder(name).trust(Trust.service("ecs-tasks.amazonaws.com"));
    }

    private static List<String> codes(ValidationResult r) {
        return r.problems().stream().map(Problem::code).toList();
    }

    @Test
    void aPlainRoleIsValid() {
        Role r = role("app").path("/service-role/").description("Pulls images")
                .attach(ManagedPolicies.aws("service-role/AmazonECSTaskExecutionRolePolicy"))
                .inline("read", p -> p.allow("s3:GetObject").on("arn:aws:s3:::b/*"))
                .permissionsBoundary("arn:aws:iam::111122223333:policy/boundary")
                .tag("team", "payments").maxSession(Duration.ofHours(12)).build();
        assertThat(RoleValidator.validate(r).problems()).isEmpty();
    }

    @Test
    void roleNamesFollowIamsPatternAndLength() {
        assertThat(codes(RoleValidator.validate(role("my role").build()))).containsExactly(Codes.ROLE_NAME);
        ValidationResult tooLong = RoleValidator.validate(role("a".repeat(65)).build());
        assertThat(tooLong.problems()).extracting(Problem::location).containsExactly("role " + "a".repeat(65) + " /RoleName");
        assertThat(tooLong.problems().get(0).message()).contains("at 'roleName' failed to satisfy constraint: Member must have length less than or equal to 64");
        assertThat(Codes.iamErrorCode(tooLong.problems().get(0))).contains(Codes.VALIDATION_ERROR);
        assertThat(RoleValidator.validate(role("a".repeat(64)).build()).problems()).isEmpty();
        assertThat(RoleValidator.validate(role("ok+=,.@_-Name1").build()).problems()).isEmpty();
    }

    @Test
    void pathsStartAndEndWithASlash() {
        assertThat(codes(RoleValidator.validate(role("app").path("service-role/").build()))).containsExactly(Codes.PATH);
        assertThat(codes(RoleValidator.validate(role("app").path("/a b/").build()))).containsExactly(Codes.PATH);
        assertThat(codes(RoleValidator.validate(role("app").path("/" + "a".repeat(511) + "/").build()))).containsExactly(Codes.PATH);
        assertThat(RoleValidator.validate(role("app").path("/a/b/").build()).problems()).isEmpty();
    }

    @Test
    void descriptionsAreShortAndLatin1() {
        assertThat(codes(RoleValidator.validate(role("app").description("x".repeat(1001)).build()))).containsExactly(Codes.DESCRIPTION);
        assertThat(codes(RoleValidator.validate(role("app").description("emoji \uD83D\uDE00").build()))).containsExactly(Codes.DESCRIPTION);
        assertThat(RoleValidator.validate(role("app").description("x".repeat(1000)).build()).problems()).isEmpty();
    }

    @Test
    void maxSessionIsOneToTwelveHoursInWholeSeconds() {
        assertThat(codes(RoleValidator.validate(role("app").maxSession(Duration.ofMinutes(59)).build()))).containsExactly(Codes.ROLE_MAX_SESSION);
        assertThat(codes(RoleValidator.validate(role("app").maxSession(Duration.ofHours(13)).build()))).containsExactly(Codes.ROLE_MAX_SESSION);
        assertThat(codes(RoleValidator.validate(role("app").maxSession(Duration.ofMillis(3_600_500)).build()))).containsExactly(Codes.ROLE_MAX_SESSION);
        assertThat(RoleValidator.validate(role("app").maxSession(Duration.ofSeconds(3600)).build()).problems()).isEmpty();
    }

    @Test
    void tagsFollowIamsRules() {
        List<Tag> many = new ArrayList<>();
        IntStream.range(0, 51).forEach(i -> many.add(Tag.of("k" + i, "v")));
        assertThat(codes(RoleValidator.validate(role("app").tags(many).build()))).containsExactly(Codes.TAG_COUNT);
        ValidationResult r = RoleValidator.validate(role("app").tag("k".repeat(129), "v").tag("ok", "v".repeat(257))
                .tag("Team", "a").tag("team", "b").tag("aws:cloudformation", "x").tag("bad#key", "v").build());
        assertThat(r.problems()).extracting(Problem::code, Problem::location).containsExactly(
                tuple(Codes.TAG_KEY, "role app /Tags/0/Key"),
                tuple(Codes.TAG_VALUE, "role app /Tags/1/Value"),
                tuple(Codes.TAG_DUPLICATE, "role app /Tags/3/Key"),
                tuple(Codes.TAG_RESERVED, "role app /Tags/4/Key"),
                tuple(Codes.TAG_KEY, "role app /Tags/5/Key"));
        assertThat(Codes.iamMessage(r.problems().get(2)))
                .isEqualTo("Duplicate tag keys found. Please note that Tag keys are case insensitive.");
        assertThat(Codes.iamErrorCode(r.problems().get(2))).contains(Codes.INVALID_INPUT);
    }

    @Test
    void tagLengthsCountUnicodeCharactersNotUtf16Units() {
        String ideograph = "\uD840\uDC00"; // U+20000, a CJK Extension B letter: one character, two UTF-16 units
        assertThat(RoleValidator.validate(role("app").tag(ideograph.repeat(128), ideograph.repeat(256)).build()).problems()).isEmpty();
        assertThat(codes(RoleValidator.validate(role("app").tag(ideograph.repeat(129), ideograph.repeat(257)).build())))
                .containsExactly(Codes.TAG_KEY, Codes.TAG_VALUE);
    }

    @Test
    void aRoleNeedsATrustPolicy() {
        ValidationResult r = RoleValidator.validate(Role.builder("app").build());
        assertThat(r.problems()).extracting(Problem::code, Problem::location)
                .containsExactly(tuple(Codes.ROLE_TRUST_MISSING, "role app /AssumeRolePolicyDocument"));
    }

    @Test
    void attachmentsAreCountedAgainstTheQuota() {
        Role.Builder b = role("app");
        IntStream.range(0, 11).forEach(i -> b.attach("arn:aws:iam::111122223333:policy/p" + i));
        Role r = b.build();
        ValidationResult defaults = RoleValidator.validate(r);
        assertThat(codes(defaults)).containsExactly(Codes.ROLE_MANAGED_COUNT);
        assertThat(Codes.iamMessage(defaults.problems().get(0))).isEqualTo("Cannot exceed quota for PoliciesPerRole: 10");
        assertThat(Codes.iamErrorCode(defaults.problems().get(0))).contains(Codes.LIMIT_EXCEEDED);
        assertThat(RoleValidator.validate(r, Quotas.of(q -> q.managedPoliciesPerRole(20))).problems()).isEmpty();
    }

    @Test
    void theTrustPolicyIsCheckedAgainstTheRolesQuota() {
        String[] accounts = IntStream.range(0, 170).mapToObj(i -> String.format("%012d", 100_000_000_000L + i)).toArray(String[]::new);
        Role r = Role.builder("app").trust(Trust.principals(accounts)).build();
        ValidationResult defaults = RoleValidator.validate(r);
        assertThat(defaults.problems()).extracting(Problem::code, Problem::location)
                .containsExactly(tuple(Codes.POLICY_SIZE, "role app trust policy /"));
        assertThat(Codes.iamMessage(defaults.problems().get(0))).isEqualTo("Cannot exceed quota for ACLSizePerRole: 2048");
        assertThat(RoleValidator.validate(r, Quotas.of(q -> q.trustPolicySize(4096))).problems()).isEmpty();
    }

    @Test
    void attachmentsAndBoundariesArePolicyArns() {
        ValidationResult r = RoleValidator.validate(role("app").attach("AmazonS3ReadOnlyAccess")
                .attach("arn:aws:iam::aws:policy/ReadOnlyAccess").attach("arn:aws:iam::aws:policy/ReadOnlyAccess")
                .permissionsBoundary("arn:aws:iam::111122223333:role/boundary").build());
        assertThat(r.problems()).extracting(Problem::code, Problem::location).containsExactly(
                tuple(Codes.ROLE_BOUNDARY, "role app /PermissionsBoundary"),
                tuple(Codes.ROLE_MANAGED_ARN, "role app /ManagedPolicyArns/0"),
                tuple(Codes.ROLE_MANAGED_DUPLICATE, "role app /ManagedPolicyArns/2"));
    }

    @Test
    void inlinePoliciesTogetherStayUnder10240() {
        Role.Builder b = role("app");
        String resource = "arn:aws:s3:::bucket/" + "k".repeat(2000);
        IntStream.range(0, 5).forEach(i -> b.inline("p" + i, p -> p.allow("s3:GetObject").on(resource)));
        ValidationResult r = RoleValidator.validate(b.build());
        assertThat(codes(r)).containsExactly(Codes.ROLE_INLINE_SIZE);
        assertThat(Codes.iamMessage(r.problems().get(0))).isEqualTo("Maximum policy size of 10240 bytes exceeded for role app");
    }

    @Test
    void everyProblemInOnePassWithLocations() {
        Role bad = Role.builder("app")
                .path("nope")
                .maxSession(Duration.ofHours(24))
                .tag("env", "a").tag("ENV", "b")
                .trust(PolicyDocument.builder()
                        .allow("sts:AssumeRole").by(Principal.service("ecs-tasks.amazonaws.com"))
                        .allow("s3:GetObject").on("*").by(Principal.aws("111122223333"))
                        .build())
                .inline("read", PolicyDocument.builder()
                        .allow("s3:GetObject").on("arn:aws:s3:::b/*")
                        .allow("s3:ListBucket").on("arn:aws:s3:::b")
                        .allow("s3:PutObject").on("*").when("StringEqualz", "aws:SourceAccount", "111122223333")
                        .build())
                .build();
        ValidationResult r = RoleValidator.validate(bad);
        assertThat(r.isValid()).isFalse();
        assertThat(r.problems()).extracting(Problem::location).containsExactly(
                "role app /Path",
                "role app /MaxSessionDuration",
                "role app /Tags/1/Key",
                "role app trust policy /Statement/1/Action",
                "role app trust policy /Statement/1/Resource",
                "role app inline policy read /Statement/2/Condition/StringEqualz");
    }

    @Test
    void managedPoliciesAreCheckedLikeIam() {
        ManagedPolicy ok = ManagedPolicy.builder("deploy").path("/ci/").description("CI deploys")
                .document(p -> p.allow("ecs:UpdateService").on("*")).tag("team", "ci").build();
        assertThat(ManagedPolicyValidator.validate(ok).problems()).isEmpty();
        String resource = "arn:aws:s3:::bucket/" + "k".repeat(6200);
        ManagedPolicy bad = ManagedPolicy.builder("de ploy").path("ci")
                .document(p -> p.allow("s3:GetObject").on(resource).by(Principal.anyone())).build();
        ValidationResult r = ManagedPolicyValidator.validate(bad);
        assertThat(r.problems()).extracting(Problem::code, Problem::location).containsExactly(
                tuple(Codes.POLICY_NAME, "managed policy de ploy /ManagedPolicyName"),
                tuple(Codes.PATH, "managed policy de ploy /Path"),
                tuple(Codes.PRINCIPAL_FORBIDDEN, "managed policy de ploy /Statement/0/Principal"),
                tuple(Codes.POLICY_SIZE, "managed policy de ploy /PolicyDocument"));
        assertThat(Codes.iamMessage(r.problems().get(3))).isEqualTo("Cannot exceed quota for PolicySize: 6144");
    }
}
