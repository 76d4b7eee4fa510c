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

    /** A text that counts how often the matcher reads a character: the measure of work, without a clock. */
    private static final class CountingText implements CharSequence {
        private final String text;
        long reads;

        CountingText(String text) {
            this.text = text;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            reads++;
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String toString() {
            return text;
        }
    }

    @Test
    void longSegmentsAreFoundInLinearTime() {
        // A 5,000-character segment against 100,000 characters: placed naively, that is about 5e8
        // character reads; a linear search reads each text character a small constant number of times.
        String n = "a".repeat(100_000);
        String segment = "a".repeat(5_000) + "b";
        for (String pattern : new String[] {"*" + segment + "*", "*" + "?".repeat(3_000) + "b*", "*a" + "?".repeat(200) + "ab*",
                "x*" + "a?".repeat(2_000) + "b*"}) {
            CountingText text = new CountingText(n);
            assertThat(Wildcard.compile(pattern, false).matches(text)).as(pattern.substring(0, 10)).isFalse();
            assertThat(text.reads).as("reads for %s…", pattern.substring(0, 10)).isLessThanOrEqualTo(3L * n.length());
        }
        CountingText ignoringCase = new CountingText(n);
        assertThat(Wildcard.compile("*" + segment.toUpperCase() + "*", true).matches(ignoringCase)).isFalse();
        assertThat(ignoringCase.reads).isLessThanOrEqualTo(3L * n.length());
    }

    @Test
    void longSegmentsStillMatchWhereTheyShould() {
        String text = "a".repeat(50_000) + "b" + "a".repeat(50_000);
        assertThat(Wildcard.compile("*" + "a".repeat(5_000) + "b*", false).matches(text)).isTrue();
        assertThat(Wildcard.compile("*" + "?".repeat(70) + "b" + "?".repeat(70) + "*", false).matches(text)).isTrue();
        assertThat(Wildcard.compile("*" + "?".repeat(70) + "b" + "?".repeat(70) + "*c", false).matches(text)).isFalse();
        assertThat(Wildcard.compile("*A?B*", true).matches("xxaZbyy")).isTrue();
    }

    @Property(tries = 300)
    void agreesWithADynamicProgrammingReferenceOnLongerPatternsIgnoringCase(@ForAll("longPatterns") String pattern,
                                                                            @ForAll("longTexts") String text) {
        assertThat(Wildcard.compile(pattern, true).matches(text)).isEqualTo(table(pattern.toLowerCase(), text.toLowerCase()));
    }

    /** The textbook O(n·m) table: can[i][j] says whether pattern[i..] matches text[j..]. No regex, no backtracking. */
    private static boolean table(String p, String t) {
        boolean[][] can = new boolean[p.length() + 1][t.length() + 1];
        can[p.length()][t.length()] = true;
        for (int i = p.length() - 1; i >= 0; i--) {
            char c = p.charAt(i);
            for (int j = t.length(); j >= 0; j--) {
                can[i][j] = c == '*' ? can[i + 1][j] || (j < t.length() && can[i][j + 1])
                        : j < t.length() && (c == '?' || c == t.charAt(j)) && can[i + 1][j + 1];
            }
        }
        return can[0][0];
    }

    @Provide
    Arbitrary<String> longPatterns() {
        // Segments longer than 64 characters exercise the multi-word Shift-And.
        return Arbitraries.strings().withChars('a', 'B', '?', '?', '*').ofMinLength(1).ofMaxLength(150);
    }

    @Provide
    Arbitrary<String> longTexts() {
        return Arbitraries.strings().withChars('a', 'b', 'A').ofMaxLength(300);
    }
}
