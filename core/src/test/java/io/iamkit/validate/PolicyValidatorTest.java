package io.iamkit.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iamkit.IamkitException;
import io.iamkit.Problem;
import io.iamkit.Severity;
import io.iamkit.json.PolicyJson;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.Principal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per grammar rule of docs/validation.md. */
class PolicyValidatorTest {

    private static ValidationResult check(String json, PolicyKind kind) {
        return PolicyValidator.validate(json, kind, Quotas.defaults(), "");
    }

    private static String doc(String... statements) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[" + String.join(",", statements) + "]}";
    }

    private static List<String> codes(ValidationResult r) {
        return r.problems().stream().map(Problem::code).toList();
    }

    private static final String READ = "{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::b/*\"}";
    private static final String ECS_TRUST = "{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"ecs-tasks.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}";

    @Test
    void validDocumentsOfEachKindHaveNoProblems() {
        assertThat(check(doc(READ), PolicyKind.IDENTITY).problems()).isEmpty();
        assertThat(check(doc(ECS_TRUST), PolicyKind.TRUST).problems()).isEmpty();
        assertThat(check(doc("{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::111122223333:role/app\"},"
                + "\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::b/*\"}"), PolicyKind.RESOURCE).problems()).isEmpty();
        assertThat(check(doc("{\"Effect\":\"Deny\",\"Action\":\"organizations:LeaveOrganization\",\"Resource\":\"*\"}"), PolicyKind.SCP).problems()).isEmpty();
        assertThat(check(doc("{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:*\",\"Resource\":\"*\","
                + "\"Condition\":{\"Bool\":{\"aws:SecureTransport\":false}}}"), PolicyKind.RCP).problems()).isEmpty();
    }

    @Test
    void missingVersionIsAWarningForIamAndAnErrorForOrganizations() {
        String noVersion = "{\"Statement\":[" + READ + "]}";
        ValidationResult iam = check(noVersion, PolicyKind.IDENTITY);
        assertThat(iam.isValid()).isTrue();
        assertThat(codes(iam)).containsExactly(Codes.VERSION_MISSING);
        assertThat(codes(check("{\"Statement\":[{\"Effect\":\"Deny\",\"Action\":\"*\",\"Resource\":\"*\"}]}", PolicyKind.SCP)))
                .containsExactly(Codes.ORG_VERSION);
    }

    @Test
    void unknownVersionIsAnError() {
        assertThat(codes(check("{\"Version\":\"2012-10-18\",\"Statement\":[" + READ + "]}", PolicyKind.IDENTITY)))
                .containsExactly(Codes.VERSION_INVALID);
    }

    @Test
    void aPolicyNeedsStatements() {
        assertThat(codes(check("{\"Version\":\"2012-10-17\",\"Statement\":[]}", PolicyKind.IDENTITY))).containsExactly(Codes.STATEMENT_MISSING);
        assertThat(codes(check("{\"Version\":\"2012-10-17\"}", PolicyKind.IDENTITY))).containsExactly(Codes.STATEMENT_MISSING);
    }

    @Test
    void sidsAreUniqueButEmptySidsMayRepeat() {
        String a = "{\"Sid\":\"Read\",\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}";
        ValidationResult r = check(doc(a, a.replace("GetObject", "ListBucket")), PolicyKind.IDENTITY);
        assertThat(codes(r)).containsExactly(Codes.SID_DUPLICATE);
        assertThat(r.problems().get(0).location()).isEqualTo("/Statement/1/Sid");
        String empty = "{\"Sid\":\"\",\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}";
        assertThat(check(doc(empty, empty.replace("GetObject", "ListBucket")), PolicyKind.IDENTITY).problems()).isEmpty();
    }

    @Test
    void sidsOfIamPoliciesAreAlphanumericButResourcePoliciesAreFreer() {
        String spaced = "{\"Sid\":\"Allow read\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"111122223333\"},\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}";
        assertThat(codes(check(doc(spaced.replace(",\"Principal\":{\"AWS\":\"111122223333\"}", "")), PolicyKind.IDENTITY)))
                .containsExactly(Codes.SID_CHARSET);
        assertThat(check(doc(spaced), PolicyKind.RESOURCE).problems()).isEmpty();
    }

    @Test
    void effectMustBeAllowOrDeny() {
        assertThat(codes(check(doc(READ.replace("\"Effect\":\"Allow\",", "")), PolicyKind.IDENTITY))).containsExactly(Codes.EFFECT_MISSING);
        assertThat(codes(check(doc(READ.replace("Allow", "Permit")), PolicyKind.IDENTITY))).containsExactly(Codes.EFFECT_INVALID);
        ValidationResult lower = check(doc(READ.replace("Allow", "allow")), PolicyKind.IDENTITY);
        assertThat(codes(lower)).containsExactly(Codes.EFFECT_CASE);
        assertThat(lower.isValid()).isTrue();
    }

    @Test
    void actionXorNotAction() {
        assertThat(codes(check(doc("{\"Effect\":\"Allow\",\"Resource\":\"*\"}"), PolicyKind.IDENTITY))).containsExactly(Codes.ACTION_MISSING);
        assertThat(codes(check(doc("{\"Effect\":\"Allow\",\"Action\":[],\"Resource\":\"*\"}"), PolicyKind.IDENTITY))).containsExactly(Codes.ACTION_MISSING);
        assertThat(codes(check(doc("{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"NotAction\":\"iam:*\",\"Resource\":\"*\"}"), PolicyKind.IDENTITY)))
                .containsExactly(Codes.ACTION_BOTH);
    }

    @Test
    void actionsAreServiceColonNameWithWildcards() {
        assertThat(check(doc("{\"Effect\":\"Allow\",\"Action\":[\"*\",\"s3:*\",\"ec2:Describe*\",\"s3:Get?bject\",\"aws-marketplace:ViewSubscriptions\"],\"Resource\":\"*\"}"),
                PolicyKind.IDENTITY).problems()).isEmpty();
        ValidationResult r = check(doc("{\"Effect\":\"Allow\",\"Action\":[\"GetObject\",\"s3:Get Object\"],\"Resource\":\"*\"}"), PolicyKind.IDENTITY);
        assertThat(r.problems()).extracting(Problem::location).containsExactly("/Statement/0/Action/0", "/Statement/0/Action/1");
        assertThat(r.problems().get(0).message()).startsWith("Actions/Conditions must be prefaced by a vendor");
        ValidationResult colons = check(doc("{\"Effect\":\"Allow\",\"Action\":\"s3:Get:Object\",\"Resource\":\"*\"}"), PolicyKind.IDENTITY);
        assertThat(colons.problems()).extracting(Codes::iamMessage).containsExactly("Actions/Condition can contain only one colon.");
    }

    @Test
    void resourceXorNotResourceAndInArnFormat() {
        assertThat(codes(check(doc("{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\"}"), PolicyKind.IDENTITY))).containsExactly(Codes.RESOURCE_MISSING);
        assertThat(codes(check(doc("{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\",\"NotResource\":\"arn:aws:s3:::b\"}"), PolicyKind.IDENTITY)))
                .containsExactly(Codes.RESOURCE_BOTH);
        ValidationResult r = check(doc("{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"my-bucket\"}"), PolicyKind.IDENTITY);
        assertThat(codes(r)).containsExactly(Codes.RESOURCE_FORMAT);
        assertThat(r.problems().get(0).message()).startsWith("Resource 'my-bucket' must be in ARN format or \"*\".");
    }

    @Test
    void identityPoliciesMustNotNamePrincipals() {
        ValidationResult r = check(doc("{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}"), PolicyKind.IDENTITY);
        assertThat(codes(r)).containsExactly(Codes.PRINCIPAL_FORBIDDEN);
        assertThat(Codes.iamMessage(r.problems().get(0))).isEqualTo("Policy document should not specify a principal.");
        assertThat(codes(check(doc("{\"Effect\":\"Deny\",\"Principal\":{\"AWS\":\"*\"},\"Action\":\"*\",\"Resource\":\"*\"}"), PolicyKind.SCP)))
                .containsExactly(Codes.PRINCIPAL_FORBIDDEN);
    }

    @Test
    void trustAndResourcePoliciesMustNamePrincipals() {
        ValidationResult r = check(doc("{\"Effect\":\"Allow\",\"Action\":\"sts:AssumeRole\"}"), PolicyKind.TRUST);
        assertThat(codes(r)).containsExactly(Codes.PRINCIPAL_MISSING);
        assertThat(r.problems().get(0).location()).isEqualTo("/Statement/0");
        assertThat(Codes.iamMessage(r.problems().get(0))).isEqualTo("Invalid principal in policy: "
                + "com.amazon.balsa.error.InvalidPolicyException: The passed in policy has a statement with no principals!");
        assertThat(codes(check(doc("{\"Effect\":\"Allow\",\"Principal\":\"*\",\"NotPrincipal\":{\"AWS\":\"111122223333\"},"
                + "\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}"), PolicyKind.RESOURCE)))
                .contains(Codes.PRINCIPAL_BOTH);
    }

    @Test
    void trustPoliciesAllowOnlyStsAssumeActionsAndNoResource() {
        ValidationResult r = check(doc("{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},"
                + "\"Action\":[\"sts:AssumeRole\",\"s3:GetObject\"],\"Resource\":\"*\"}"), PolicyKind.TRUST);
        assertThat(r.problems()).extracting(Problem::code, Problem::location).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Codes.TRUST_ACTION, "/Statement/0/Action/1"),
                org.assertj.core.groups.Tuple.tuple(Codes.RESOURCE_PROHIBITED, "/Statement/0/Resource"));
        assertThat(r.problems()).extracting(Codes::iamMessage)
                .containsExactly("AssumeRole policy may only specify STS AssumeRole actions.", "Has prohibited field Resource");
        assertThat(check(doc("{\"Effect\":\"Allow\",\"Principal\":{\"Federated\":\"arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com\"},"
                + "\"Action\":[\"sts:AssumeRoleWithWebIdentity\",\"sts:TagSession\"]}"), PolicyKind.TRUST).problems()).isEmpty();
        assertThat(check(doc("{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"111122223333\"},\"Action\":\"sts:Assume*\"}"),
                PolicyKind.TRUST).problems()).isEmpty();
    }

    @Test
    void principalValuesHaveIamFormats() {
        String bad = "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":[\"11112222333\",\"arn:aws:iam::111122223333:role/*\",\"arn:aws:iam::111122223333:group/devs\"],"
                + "\"Service\":\"not a host\",\"Federated\":\"arn:aws:iam::111122223333:role/x\",\"CanonicalUser\":\"abc\",\"aws\":\"111122223333\"},"
                + "\"Action\":\"sts:AssumeRole\"}";
        ValidationResult r = check(doc(bad), PolicyKind.TRUST);
        assertThat(r.problems()).extracting(Problem::location).containsExactly(
                "/Statement/0/Principal/AWS/0", "/Statement/0/Principal/AWS/1", "/Statement/0/Principal/AWS/2",
                "/Statement/0/Principal/Service", "/Statement/0/Principal/Federated", "/Statement/0/Principal/CanonicalUser",
                "/Statement/0/Principal/aws");
        assertThat(codes(r)).containsExactly(Codes.PRINCIPAL_FORMAT, Codes.PRINCIPAL_FORMAT, Codes.PRINCIPAL_FORMAT,
                Codes.PRINCIPAL_FORMAT, Codes.PRINCIPAL_FORMAT, Codes.PRINCIPAL_FORMAT, Codes.PRINCIPAL_TYPE);
        assertThat(r.problems().get(0).message()).startsWith("Invalid principal in policy: \"AWS\":\"11112222333\"");
        assertThat(r.problems().get(6).message()).contains("write \"AWS\"");
        String good = "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":[\"*\",\"111122223333\",\"arn:aws:iam::111122223333:root\","
                + "\"arn:aws-cn:iam::111122223333:user/a/b\",\"arn:aws:sts::111122223333:assumed-role/app/session\"],"
                + "\"Service\":[\"ecs-tasks.amazonaws.com\",\"ec2.amazonaws.com.cn\"],\"Federated\":[\"cognito-identity.amazonaws.com\","
                + "\"arn:aws:iam::111122223333:saml-provider/corp\"]},\"Action\":\"sts:AssumeRole\"}";
        assertThat(check(doc(good), PolicyKind.TRUST).problems()).isEmpty();
    }

    @Test
    void uniqueIdsOfDeletedPrincipalsAreWarnings() {
        ValidationResult r = check(doc("{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"AROA1234567890EXAMPLE\"},\"Action\":\"sts:AssumeRole\"}"), PolicyKind.TRUST);
        assertThat(codes(r)).containsExactly(Codes.PRINCIPAL_UNIQUE_ID);
        assertThat(r.isValid()).isTrue();
    }

    @Test
    void emptyPrincipalIsAnError() {
        assertThat(codes(check(doc("{\"Effect\":\"Allow\",\"Principal\":{},\"Action\":\"sts:AssumeRole\"}"), PolicyKind.TRUST)))
                .containsExactly(Codes.PRINCIPAL_EMPTY);
    }

    @Test
    void allowWithNotPrincipalIsASecurityWarning() {
        ValidationResult r = check(doc("{\"Effect\":\"Allow\",\"NotPrincipal\":{\"AWS\":\"111122223333\"},\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}"),
                PolicyKind.RESOURCE);
        assertThat(r.problems()).extracting(Problem::severity, Problem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Severity.SECURITY_WARNING, Codes.NOT_PRINCIPAL_ALLOW));
    }

    @Test
    void conditionOperatorsMustBeKnown() {
        ValidationResult r = check(doc("{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\","
                + "\"Condition\":{\"StringEqualz\":{\"aws:SourceAccount\":\"111122223333\"},\"NullIfExists\":{\"aws:TokenIssueTime\":\"true\"},"
                + "\"ForAnyValue:stringlikeifexists\":{\"aws:TagKeys\":\"team*\"}}}"), PolicyKind.IDENTITY);
        assertThat(r.problems()).extracting(Problem::code, Problem::location).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Codes.CONDITION_OPERATOR, "/Statement/0/Condition/StringEqualz"),
                org.assertj.core.groups.Tuple.tuple(Codes.CONDITION_OPERATOR, "/Statement/0/Condition/NullIfExists"));
        assertThat(Codes.iamMessage(r.problems().get(0))).isEqualTo("Syntax errors in policy.");
        assertThat(r.problems().get(0).message()).contains("StringEqualz");
    }

    @Test
    void conditionKeysNeedAVendorAndValues() {
        PolicyDocument d = PolicyDocument.builder().allow("s3:GetObject").on("*")
                .when("StringEquals", "SourceAccount", "111122223333").when("StringEquals", "aws:SourceVpc").build();
        ValidationResult r = PolicyValidator.validate(d, PolicyKind.IDENTITY);
        assertThat(r.problems()).extracting(Problem::code, Problem::location).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Codes.CONDITION_KEY, "/Statement/0/Condition/StringEquals/SourceAccount"),
                org.assertj.core.groups.Tuple.tuple(Codes.CONDITION_VALUES_EMPTY, "/Statement/0/Condition/StringEquals/aws:SourceVpc"));
    }

    @Test
    void aKeyTwiceUnderOneOperatorIsAnError() {
        ValidationResult r = check(doc("{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\","
                + "\"Condition\":{\"StringEquals\":{\"aws:SourceAccount\":\"1\"},\"stringequals\":{\"AWS:sourceaccount\":\"2\"}}}"), PolicyKind.IDENTITY);
        assertThat(codes(r)).containsExactly(Codes.CONDITION_DUPLICATE);
        PolicyDocument built = PolicyDocument.builder().allow("s3:GetObject").on("*")
                .when("StringEquals", "aws:SourceAccount", "1").when("StringEquals", "aws:SourceAccount", "2").build();
        assertThat(codes(PolicyValidator.validate(built, PolicyKind.IDENTITY))).containsExactly(Codes.CONDITION_DUPLICATE);
        assertThatThrownBy(() -> PolicyJson.write(built)).isInstanceOf(IamkitException.class).hasMessageContaining("appears twice");
    }

    @Test
    void conditionValuesOfTheWrongTypeAreWarnings() {
        ValidationResult r = check(doc("{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\",\"Condition\":{"
                + "\"NumericLessThan\":{\"s3:max-keys\":\"ten\"},\"DateGreaterThan\":{\"aws:CurrentTime\":\"2026-01-31T00:00:00Z\"},"
                + "\"Bool\":{\"aws:SecureTransport\":\"yes\"},\"IpAddress\":{\"aws:SourceIp\":[\"203.0.113.0/24\",\"300.1.1.1\",\"2001:db8::/32\"]},"
                + "\"ArnLike\":{\"aws:SourceArn\":\"${aws:PrincipalArn}\"}}}"), PolicyKind.IDENTITY);
        assertThat(r.isValid()).isTrue();
        assertThat(r.problems()).extracting(Problem::location).containsExactly(
                "/Statement/0/Condition/NumericLessThan/s3:max-keys", "/Statement/0/Condition/Bool/aws:SecureTransport",
                "/Statement/0/Condition/IpAddress/aws:SourceIp/1");
    }

    @Test
    void sizeLimitsPerKind() {
        String big = "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":[" + "\"111122223333\",".repeat(160) + "\"111122223333\"]},\"Action\":\"sts:AssumeRole\"}";
        ValidationResult r = check(doc(big), PolicyKind.TRUST);
        assertThat(codes(r)).containsExactly(Codes.POLICY_SIZE);
        assertThat(Codes.iamMessage(r.problems().get(0))).isEqualTo("Cannot exceed quota for ACLSizePerRole: 2048");
        assertThat(PolicyValidator.validate(doc(big), PolicyKind.TRUST, Quotas.builder().trustPolicySize(4096).build(), "").problems()).isEmpty();
    }

    @Test
    void organizationsCountWhitespaceButIamDoesNot() {
        String padded = doc("{\"Effect\":\"Deny\",\"Action\":\"s3:DeleteBucket\",\"Resource\":\"*\"}").replace(",", "," + " ".repeat(2000));
        assertThat(codes(check(padded, PolicyKind.SCP))).containsExactly(Codes.POLICY_SIZE);
        assertThat(check(padded, PolicyKind.SESSION).problems()).isEmpty();
    }

    @Test
    void resourceControlPoliciesDenyWithTheWildcardPrincipal() {
        ValidationResult r = check(doc("{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"111122223333\"},\"NotAction\":\"s3:GetObject\",\"Resource\":\"*\"}"), PolicyKind.RCP);
        assertThat(codes(r)).containsExactly(Codes.RCP_EFFECT, Codes.RCP_PRINCIPAL, Codes.RCP_ELEMENT);
        assertThat(check(doc("{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"*\",\"Resource\":\"*\"}"), PolicyKind.RCP).problems())
                .as("RCPFullAWSAccess").isEmpty();
    }

    @Test
    void iamTextIsLatin1ButEscapesReachEverything() {
        String raw = doc("{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::b/\u3076\"}");
        ValidationResult r = check(raw, PolicyKind.IDENTITY);
        assertThat(codes(r)).containsExactly(Codes.POLICY_CHARSET);
        assertThat(r.problems().get(0).message()).contains("U+3076");
        String written = PolicyJson.write(PolicyJson.read(raw));
        assertThat(written).contains("\\u3076");
        assertThat(check(written, PolicyKind.IDENTITY).problems()).isEmpty();
        assertThat(check(raw, PolicyKind.SCP).problems()).isEmpty();
    }

    @Test
    void jsonProblemsBecomePartOfTheResult() {
        ValidationResult r = check("{\"Version\": \"2012-10-17\", \"Statement\": [", PolicyKind.IDENTITY);
        assertThat(codes(r)).containsExactly("json.syntax");
        assertThat(Codes.iamErrorCode(r.problems().get(0))).contains(Codes.MALFORMED_POLICY_DOCUMENT);
        assertThat(Codes.iamMessage(r.problems().get(0))).isEqualTo("This policy contains invalid Json");
    }

    @Test
    void orThrowCarriesEveryErrorButNotWarnings() {
        ValidationResult r = check("{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3\"}]}", PolicyKind.IDENTITY);
        assertThatThrownBy(r::orThrow).isInstanceOf(IamkitException.class)
                .satisfies(e -> assertThat(((IamkitException) e).problems()).extracting(Problem::code)
                        .containsExactly(Codes.ACTION_FORMAT, Codes.RESOURCE_MISSING, Codes.PRINCIPAL_FORBIDDEN));
        assertThat(check(doc(READ), PolicyKind.IDENTITY).orThrow().isValid()).isTrue();
    }

    @Test
    void builtDocumentsValidateToo() {
        PolicyDocument trust = PolicyDocument.builder().allow("sts:AssumeRole").by(Principal.service("lambda.amazonaws.com")).build();
        assertThat(PolicyValidator.validate(trust, PolicyKind.TRUST).problems()).isEmpty();
        assertThat(codes(PolicyValidator.validate(trust, PolicyKind.IDENTITY))).containsExactly(Codes.RESOURCE_MISSING, Codes.PRINCIPAL_FORBIDDEN);
    }

    @Test
    void quotasCanOnlyBeRaisedWithinAwsMaximums() {
        assertThat(Quotas.of(q -> q.managedPoliciesPerRole(20)).managedPoliciesPerRole()).isEqualTo(20);
        assertThatThrownBy(() -> Quotas.of(q -> q.managedPoliciesPerRole(21))).isInstanceOf(IamkitException.class)
                .hasMessageContaining("up to 20");
        assertThatThrownBy(() -> Quotas.of(q -> q.trustPolicySize(1000))).isInstanceOf(IamkitException.class);
        assertThat(Quotas.defaults()).isEqualTo(new Quotas(2048, 10));
    }
}
