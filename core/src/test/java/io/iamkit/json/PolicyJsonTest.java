package io.iamkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iamkit.IamkitException;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.Principal;
import io.iamkit.policy.Statement;
import org.junit.jupiter.api.Test;

class PolicyJsonTest {

    @Test
    void readsEveryFormIamAccepts() {
        PolicyDocument doc = PolicyJson.read("""
                {"Statement": {"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject",
                  "Resource": ["arn:aws:s3:::b/*"],
                  "Condition": {"Bool": {"aws:SecureTransport": true}, "NumericLessThan": {"s3:max-keys": 10}}},
                 "Version": "2012-10-17"}""");
        Statement s = doc.statements().get(0);
        assertThat(doc.version()).isEqualTo("2012-10-17");
        assertThat(s.principal()).isEqualTo(Principal.anyone());
        assertThat(s.actions()).containsExactly("s3:GetObject");
        assertThat(s.conditions()).extracting(c -> c.values().get(0)).containsExactly("true", "10");
    }

    @Test
    void writesVersionFirstAndCompact() {
        PolicyDocument doc = PolicyDocument.builder().allow("s3:GetObject").on("*").build();
        assertThat(PolicyJson.write(doc))
                .isEqualTo("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}");
    }

    @Test
    void prettyJsonLooksLikeAwsDocumentation() {
        PolicyDocument doc = PolicyDocument.builder().allow("s3:GetObject").on("*").build();
        assertThat(PolicyJson.writePretty(doc)).isEqualTo("""
                {
                  "Version": "2012-10-17",
                  "Statement": [
                    {
                      "Effect": "Allow",
                      "Action": "s3:GetObject",
                      "Resource": "*"
                    }
                  ]
                }""");
    }

    @Test
    void decodesUrlEncodedDocumentsAsGetRoleReturnsThem() {
        String encoded = PercentEncoding.encode("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"a:b+c\",\"Resource\":\"x y\"}]}");
        PolicyDocument doc = PolicyJson.read(encoded);
        assertThat(doc.statements().get(0).actions()).containsExactly("a:b+c");
        assertThat(doc.statements().get(0).resources()).containsExactly("x y");
    }

    @Test
    void numbersBeyondBigDecimalAreAnIamkitError() {
        // Jackson let BigDecimal's NumberFormatException out of readTree for these.
        for (String n : new String[] {"1e99999999999", "1e-99999999999", "123456789e2147483648", "0.1e-2147483648"}) {
            assertThatThrownBy(() -> PolicyJson.read("{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\","
                    + "\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":{\"NumericEquals\":{\"k\":" + n + "}}}}"))
                    .as(n).isInstanceOf(IamkitException.class).hasMessageContaining("number");
            assertThatThrownBy(() -> io.iamkit.eval.cases.EvaluationCases.read("[{\"name\":\"x\",\"context\":{\"k\":" + n + "}}]"))
                    .as(n).isInstanceOf(IamkitException.class);
            assertThatThrownBy(() -> io.iamkit.spec.SpecJson.read("{\"Roles\":[{\"RoleName\":\"r\",\"MaxSessionDuration\":" + n + "}]}"))
                    .as(n).isInstanceOf(IamkitException.class);
        }
    }

    @Test
    void percentDecodingNeverAltersTextSilently() {
        // Bytes that are not UTF-8 would become U+FFFD: an error, not a quietly different policy.
        assertThatThrownBy(() -> PercentEncoding.decode("%7B%FF%7D")).isInstanceOf(IamkitException.class)
                .hasMessageContaining("not UTF-8");
        assertThatThrownBy(() -> PolicyJson.read("%7B%22Version%22%3A%22%C3%28%22%7D")).isInstanceOf(IamkitException.class)
                .hasMessageContaining("not UTF-8");
        // Only ASCII hex digits escape a byte: a fullwidth seven is no hex digit.
        assertThatThrownBy(() -> PercentEncoding.decode("%\uFF17B")).isInstanceOf(IamkitException.class)
                .hasMessageContaining("two hex digits");
        // Characters outside escapes are kept exactly, a lone surrogate included (it used to become '?').
        assertThat(PercentEncoding.decode("%7B\uDC00\u00E9%C3%A9%7D")).isEqualTo("{\uDC00\u00E9\u00E9}");
        assertThat(PercentEncoding.decode("a+b%20c%2Bd")).isEqualTo("a+b c+d");
    }

    @Test
    void reportsEveryStructuralProblemWithItsPointer() {
        assertThatThrownBy(() -> PolicyJson.read("""
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "Action": {"x": 1}, "Resource": "*"},
                  {"Effect": "Allow", "Action": "s3:*", "Resource": "*", "Condition": {"StringEquals": {"k": null}}}]}"""))
                .isInstanceOf(IamkitException.class)
                .satisfies(e -> assertThat(((IamkitException) e).problems())
                        .extracting(p -> p.location())
                        .containsExactly("/Statement/0/Action", "/Statement/1/Condition/StringEquals/k"));
    }

    @Test
    void malformedJsonIsATypedErrorWithLineAndColumn() {
        assertThatThrownBy(() -> PolicyJson.read("{\"Version\": \"2012-10-17\", \"Statement\": [}"))
                .isInstanceOf(IamkitException.class)
                .hasMessageContaining("This policy contains invalid Json")
                .hasMessageContaining("line 1")
                .hasMessageNotContaining("REDACTED");
    }

    @Test
    void deepNestingIsRejectedNotOverflowed() {
        String hostile = "[".repeat(100_000) + "]".repeat(100_000);
        assertThatThrownBy(() -> PolicyJson.read(hostile)).isInstanceOf(IamkitException.class)
                .hasMessageContaining("too deeply nested");
    }

    @Test
    void sizeIgnoresWhitespace() {
        assertThat(PolicyJson.size("{ \"a\" :\n\t\"b\" }")).isEqualTo(PolicyJson.size("{\"a\":\"b\"}"));
    }

    @Test
    void aMissingEmbeddedDocumentIsATypedError() {
        assertThatThrownBy(() -> PolicyJson.read((com.fasterxml.jackson.databind.JsonNode) null, "role app", "/AssumeRolePolicyDocument"))
                .isInstanceOf(IamkitException.class)
                .satisfies(e -> assertThat(((IamkitException) e).location()).isEqualTo("role app /AssumeRolePolicyDocument"));
    }

    @Test
    void nonAsciiIsWrittenEscapedAndReadBack() {
        PolicyDocument doc = PolicyDocument.builder().allow("s3:GetObject").on("arn:aws:s3:::b/caf\u00e9-\u3076-\ud800").build();
        String json = PolicyJson.write(doc);
        assertThat(json.chars().allMatch(c -> c >= 0x20 && c < 0x7f)).isTrue();
        assertThat(PolicyJson.read(json)).isEqualTo(doc);
        assertThat(PolicyJson.read(PercentEncoding.encode(json))).isEqualTo(doc);
    }
}
