package io.iamkit.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateTest {

    private static final Template.Variables VARS = key -> Map.of("aws:username", "alice", "aws:principaltag/team", "blue").get(key);

    @Test
    void substitutesVariablesDefaultsAndEscapes() {
        assertThat(Template.parse("home/${aws:username}/", true).resolve(VARS)).isEqualTo("home/alice/");
        assertThat(Template.parse("${AWS:UserName}", true).resolve(VARS)).isEqualTo("alice");
        assertThat(Template.parse("${aws:PrincipalTag/team, 'none'}", true).resolve(VARS)).isEqualTo("blue");
        assertThat(Template.parse("${aws:PrincipalTag/env, 'none'}", true).resolve(VARS)).isEqualTo("none");
        assertThat(Template.parse("${aws:PrincipalTag/env,'a b'}", true).resolve(VARS)).isEqualTo("a b");
        assertThat(Template.parse("${*}${?}${$}", true).resolve(VARS)).isEqualTo("*?$");
        assertThat(Template.parse("${aws:missing}", true).resolve(VARS)).isNull();
        assertThat(Template.parse("${aws:missing}", true).unresolved(VARS)).isEqualTo("${aws:missing}");
    }

    @Test
    void unterminatedReferencesAndVersion2008AreLiteral() {
        assertThat(Template.parse("a${aws:username", true).hasVariables()).isFalse();
        assertThat(Template.parse("a${aws:username}", false).resolve(VARS)).isEqualTo("a${aws:username}");
    }

    @Test
    void substitutedTextIsNeverAWildcard() {
        Template.Variables star = key -> "*";
        Wildcard w = Template.parse("b/${aws:username}/*", true).pattern(star, false);
        assertThat(w.matches("b/*/x")).isTrue();
        assertThat(w.matches("b/alice/x")).isFalse();
    }
}
