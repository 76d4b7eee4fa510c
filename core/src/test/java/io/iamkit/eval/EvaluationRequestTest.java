package io.iamkit.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iamkit.IamkitException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluationRequestTest {

    @Test
    void contextKeysAreLookedUpIgnoringCaseAndKeptAsWritten() {
        EvaluationRequest r = EvaluationRequest.builder().principal("anonymous").action("s3:GetObject").resource("*")
                .context("aws:SourceIp", "10.0.0.1").context("AWS:SOURCEIP", "10.0.0.2").build();
        assertThat(r.contextValues("aws:sourceip")).containsExactly("10.0.0.2");
        assertThat(r.context()).containsOnlyKeys("AWS:SOURCEIP");
        assertThat(r.toBuilder().build()).isEqualTo(r);
    }

    @Test
    void duplicateKeysIgnoringCaseAreAnError() {
        assertThatThrownBy(() -> new EvaluationRequest("anonymous", "s3:GetObject", "*", null,
                Map.of("aws:SourceIp", List.of("a"), "aws:sourceip", List.of("b"))))
                .isInstanceOf(IamkitException.class).hasMessageContaining("case-insensitive");
    }

    @Test
    void missingPartsAreReported() {
        assertThatThrownBy(() -> EvaluationRequest.builder().principal("anonymous").build())
                .isInstanceOf(IamkitException.class).hasMessageContaining("action").hasMessageContaining("resource");
    }

    @Test
    void nullsAreIamkitErrorsNamingWhatIsMissing() {
        assertThatThrownBy(() -> new EvaluationRequest(null, "s3:GetObject", "*", null, Map.of()))
                .isInstanceOf(IamkitException.class).hasMessageContaining("principal");
        assertThatThrownBy(() -> EvaluationRequest.of("anonymous", null, "*"))
                .isInstanceOf(IamkitException.class).hasMessageContaining("action");
        assertThatThrownBy(() -> EvaluationRequest.builder().context("aws:SourceIp", (String) null))
                .isInstanceOf(IamkitException.class).hasMessageContaining("aws:SourceIp");
        assertThatThrownBy(() -> EvaluationRequest.builder().context("aws:SourceIp", (List<String>) null))
                .isInstanceOf(IamkitException.class).hasMessageContaining("aws:SourceIp");
        assertThatThrownBy(() -> EvaluationRequest.builder().context(null, "x"))
                .isInstanceOf(IamkitException.class).hasMessageContaining("context key is null");
        assertThatThrownBy(() -> EvaluationRequest.builder().context((Map<String, List<String>>) null))
                .isInstanceOf(IamkitException.class).hasMessageContaining("context is null");
        java.util.Map<String, List<String>> withNull = new java.util.HashMap<>();
        withNull.put("k", null);
        assertThatThrownBy(() -> new EvaluationRequest("anonymous", "s3:GetObject", "*", null, withNull))
                .isInstanceOf(IamkitException.class).hasMessageContaining("null value");
    }

    @Test
    void accountsAreDerived() {
        EvaluationRequest s3 = EvaluationRequest.of("arn:aws:sts::111122223333:assumed-role/dev/s", "s3:GetObject", "arn:aws:s3:::b/k");
        assertThat(s3.principalAccount()).isEqualTo("111122223333");
        assertThat(s3.effectiveResourceAccount()).isEqualTo("111122223333");
        EvaluationRequest ddb = EvaluationRequest.of("arn:aws:iam::111122223333:user/a", "dynamodb:GetItem",
                "arn:aws:dynamodb:us-east-1:444455556666:table/T");
        assertThat(ddb.effectiveResourceAccount()).isEqualTo("444455556666");
        EvaluationRequest given = ddb.toBuilder().resourceAccount("999988887777").build();
        assertThat(given.effectiveResourceAccount()).isEqualTo("999988887777");
    }

    @Test
    void principalsAreRead() {
        assertThat(PrincipalIdentity.parse("arn:aws:sts::111122223333:assumed-role/dev/s1"))
                .isEqualTo(new PrincipalIdentity(PrincipalIdentity.Kind.ASSUMED_ROLE, "arn:aws:sts::111122223333:assumed-role/dev/s1",
                        "aws", "111122223333", "dev", "s1"));
        assertThat(PrincipalIdentity.parse("arn:aws:iam::111122223333:role/a/b/app").name()).isEqualTo("app");
        assertThat(PrincipalIdentity.parse("111122223333").kind()).isEqualTo(PrincipalIdentity.Kind.ACCOUNT_ROOT);
        assertThat(PrincipalIdentity.parse("ecs-tasks.amazonaws.com").kind()).isEqualTo(PrincipalIdentity.Kind.SERVICE);
        assertThat(PrincipalIdentity.parse("accounts.google.com").kind()).isEqualTo(PrincipalIdentity.Kind.IDENTITY_PROVIDER);
        assertThat(PrincipalIdentity.parse("Anonymous").kind()).isEqualTo(PrincipalIdentity.Kind.ANONYMOUS);
        assertThat(PrincipalIdentity.parse("arn:aws:sts::111122223333:assumed-role/dev").kind()).isEqualTo(PrincipalIdentity.Kind.OTHER);
        assertThat(PrincipalIdentity.parse("AROAEXAMPLE").kind()).isEqualTo(PrincipalIdentity.Kind.OTHER);
        assertThat(PrincipalIdentity.parse("arn:aws:sts::111122223333:assumed-role/dev/s1").principalArn())
                .isEqualTo("arn:aws:iam::111122223333:role/dev");
    }
}
