package io.iamkit.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.iamkit.json.PolicyJson;
import org.junit.jupiter.api.Test;

/** One test per rule of docs/equivalence.md: what is the same, and what is kept apart. */
class PolicyEquivalenceTest {

    private static boolean same(String a, String b) {
        return PolicyEquivalence.equivalent(PolicyJson.read(a), PolicyJson.read(b));
    }

    private static String doc(String statements) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[" + statements + "]}";
    }

    @Test
    void statementOrderDoesNotMatter() {
        String a = "{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}";
        String b = "{\"Effect\":\"Deny\",\"Action\":\"s3:DeleteObject\",\"Resource\":\"*\"}";
        assertThat(same(doc(a + "," + b), doc(b + "," + a))).isTrue();
    }

    @Test
    void duplicateIdenticalStatementsCollapse() {
        String a = "{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}";
        assertThat(same(doc(a + "," + a), doc(a))).isTrue();
    }

    @Test
    void valueOrderAndDuplicatesDoNotMatter() {
        assertThat(same(
                doc("{\"Effect\":\"Allow\",\"Action\":[\"s3:GetObject\",\"s3:PutObject\",\"s3:GetObject\"],"
                        + "\"Resource\":[\"arn:aws:s3:::b/*\",\"arn:aws:s3:::a/*\"],"
                        + "\"Condition\":{\"StringEquals\":{\"aws:PrincipalTag/team\":[\"x\",\"y\",\"x\"]}}}"),
                doc("{\"Effect\":\"Allow\",\"Action\":[\"s3:PutObject\",\"s3:GetObject\"],"
                        + "\"Resource\":[\"arn:aws:s3:::a/*\",\"arn:aws:s3:::b/*\"],"
                        + "\"Condition\":{\"StringEquals\":{\"aws:PrincipalTag/team\":[\"y\",\"x\"]}}}")))
                .isTrue();
    }

    @Test
    void stringAndOneElementArrayAndSingleStatementObjectAreTheSame() {
        assertThat(same(
                "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}}",
                doc("{\"Effect\":\"Allow\",\"Action\":[\"s3:GetObject\"],\"Resource\":[\"*\"]}"))).isTrue();
    }

    @Test
    void unquotedBooleansAndNumbersEqualTheirStrings() {
        assertThat(same(
                doc("{\"Effect\":\"Deny\",\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":{\"Bool\":{\"aws:SecureTransport\":false},\"NumericLessThan\":{\"s3:max-keys\":10}}}"),
                doc("{\"Effect\":\"Deny\",\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":{\"Bool\":{\"aws:SecureTransport\":\"false\"},\"NumericLessThan\":{\"s3:max-keys\":\"10\"}}}")))
                .isTrue();
    }

    @Test
    void actionCaseEffectCaseOperatorCaseAndKeyCaseDoNotMatter() {
        assertThat(same(
                doc("{\"Effect\":\"allow\",\"Action\":\"S3:getobject\",\"Resource\":\"*\",\"Condition\":{\"stringequalsIFEXISTS\":{\"AWS:SourceAccount\":\"111122223333\"}}}"),
                doc("{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\",\"Condition\":{\"StringEqualsIfExists\":{\"aws:SourceAccount\":\"111122223333\"}}}")))
                .isTrue();
    }

    @Test
    void accountIdEqualsItsRootArnInAwsPrincipals() {
        assertThat(same(
                doc("{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"111122223333\"},\"Action\":\"sts:AssumeRole\"}"),
                doc("{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":[\"arn:aws:iam::111122223333:root\"]},\"Action\":\"sts:AssumeRole\"}")))
                .isTrue();
    }

    @Test
    void accountRootIsNotTheSameAsARoleOfThatAccount() {
        assertThat(same(
                doc("{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"111122223333\"},\"Action\":\"sts:AssumeRole\"}"),
                doc("{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::111122223333:role/root\"},\"Action\":\"sts:AssumeRole\"}")))
                .isFalse();
    }

    @Test
    void emptyPrincipalAndConditionEqualMissingOnes() {
        assertThat(same(
                doc("{\"Effect\":\"Allow\",\"Principal\":{},\"Action\":\"s3:GetObject\",\"Resource\":\"*\",\"Condition\":{}}"),
                doc("{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}"))).isTrue();
    }

    @Test
    void sidIsKept() {
        assertThat(same(
                doc("{\"Sid\":\"A\",\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}"),
                doc("{\"Sid\":\"B\",\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}"))).isFalse();
    }

    @Test
    void missingVersionIsNotTheCurrentVersion() {
        assertThat(same(
                "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::b/${aws:username}\"}]}",
                doc("{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::b/${aws:username}\"}"))).isFalse();
    }

    @Test
    void bareWildcardPrincipalIsNotAwsWildcard() {
        assertThat(same(
                doc("{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}"),
                doc("{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"*\"},\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}"))).isFalse();
    }

    @Test
    void resourcesAndConditionValuesKeepTheirCase() {
        assertThat(same(doc("{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::B/*\"}"),
                doc("{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::b/*\"}"))).isFalse();
        assertThat(same(
                doc("{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\",\"Condition\":{\"StringEquals\":{\"aws:PrincipalTag/team\":\"A\"}}}"),
                doc("{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\",\"Condition\":{\"StringEquals\":{\"aws:PrincipalTag/team\":\"a\"}}}")))
                .isFalse();
    }

    @Test
    void twoConditionsOnOneKeyStayAndedNotMerged() {
        // {"StringEquals": {"k": "a"}, "stringequals": {"k": "b"}} is a AND b; merging would make it a OR b.
        PolicyDocument anded = PolicyDocument.builder().allow("s3:GetObject").on("*")
                .when("StringEquals", "aws:PrincipalTag/t", "a").when("stringequals", "aws:PrincipalTag/t", "b").build();
        PolicyDocument ored = PolicyDocument.builder().allow("s3:GetObject").on("*")
                .when("StringEquals", "aws:PrincipalTag/t", "a", "b").build();
        assertThat(PolicyEquivalence.equivalent(anded, ored)).isFalse();
    }

    @Test
    void realChangesAreNotEquivalent() {
        String base = "{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}";
        assertThat(same(doc(base), doc(base.replace("Allow", "Deny")))).isFalse();
        assertThat(same(doc(base), doc(base.replace("GetObject", "PutObject")))).isFalse();
        assertThat(same(doc(base), doc(base.replace("\"*\"", "\"arn:aws:s3:::b/*\"")))).isFalse();
        assertThat(same(doc(base), doc(base.replace("\"Action\"", "\"NotAction\"")))).isFalse();
    }

    @Test
    void normalizeIsIdempotentAndDocumentDelegates() {
        PolicyDocument d = PolicyJson.read(doc(
                "{\"Effect\":\"allow\",\"Principal\":{\"AWS\":[\"arn:aws:iam::111122223333:root\",\"444455556666\"]},\"Action\":[\"STS:AssumeRole\"]}"));
        PolicyDocument once = PolicyEquivalence.normalize(d);
        assertThat(PolicyEquivalence.normalize(once)).isEqualTo(once);
        assertThat(once.statements().get(0).principal().values("AWS")).containsExactly("111122223333", "444455556666");
        assertThat(d.isEquivalentTo(once)).isTrue();
    }
}
