package io.iamkit.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class WildcardTest {

    @Test
    void starSpansSlashAndColonQuestionMarkIsOneCharacter() {
        assertThat(Wildcard.compile("arn:aws:s3:::b/*", false).matches("arn:aws:s3:::b/x/y:z")).isTrue();
        assertThat(Wildcard.compile("a?c", false).matches("abc")).isTrue();
        assertThat(Wildcard.compile("a?c", false).matches("ac")).isFalse();
        assertThat(Wildcard.compile("a?c", false).matches("abbc")).isFalse();
        assertThat(Wildcard.compile("*", false).matches("")).isTrue();
        assertThat(Wildcard.compile("", false).matches("")).isTrue();
        assertThat(Wildcard.compile("", false).matches("a")).isFalse();
        assertThat(Wildcard.compile("ab*ab", false).matches("ab")).isFalse();
        assertThat(Wildcard.compile("ab*ab", false).matches("abab")).isTrue();
    }

    @Test
    void ignoreCaseFoldsBothSides() {
        assertThat(Wildcard.compile("S3:Get*", true).matches("s3:getobject")).isTrue();
        assertThat(Wildcard.compile("S3:Get*", false).matches("s3:getobject")).isFalse();
    }

    @Test
    void literalCharactersAreNotWildcards() {
        char[] chars = "b/*".toCharArray();
        boolean[] literal = {false, false, true};
        Wildcard w = Wildcard.compile(chars, literal, false);
        assertThat(w.matches("b/*")).isTrue();
        assertThat(w.matches("b/x")).isFalse();
    }

    @Test
    void hostilePatternAgainstLongTextIsAnsweredCorrectly() {
        // Linear placement of segments: this must not explode (speed is measured in bench/).
        String text = "a".repeat(10_000);
        assertThat(Wildcard.compile("a*a*a*a*a*a*a*a*a*b", false).matches(text)).isFalse();
        assertThat(Wildcard.compile("a*a*a*a*a*a*a*a*a*b", false).matches(text + "b")).isTrue();
        assertThat(Wildcard.compile("*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*c", false).matches(text)).isFalse();
    }

    /** A reference implementation built on java.util.regex, fine for short inputs. */
    private static boolean reference(String pattern, String text) {
        StringBuilder re = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            if (c == '*') {
                re.append(".*");
            } else if (c == '?') {
                re.append('.');
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(re.toString(), Pattern.DOTALL).matcher(text).matches();
    }

    @Property(tries = 500)
    void agreesWithARegexReference(@ForAll("patterns") String pattern, @ForAll("texts") String text) {
        assertThat(Wildcard.compile(pattern, false).matches(text)).isEqualTo(reference(pattern, text));
    }

    @Provide
    Arbitrary<String> patterns() {
        return Arbitraries.strings().withChars('a', 'b', '/', ':', '*', '?').ofMaxLength(8);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars('a', 'b', '/', ':').ofMaxLength(10);
    }
}
