package io.iamkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iamkit.IamkitException;
import io.iamkit.spec.SpecJson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's file that cannot be read says why in words, never as a Java exception's name. */
class TextFilesTest {

    @TempDir
    Path dir;

    private static String messageOf(Runnable r) {
        try {
            r.run();
        } catch (IamkitException e) {
            assertThat(e.problems()).hasSize(1);
            return e.problems().get(0).message();
        }
        throw new AssertionError("expected an IamkitException");
    }

    @Test
    void aMissingFileSaysNoSuchFile() {
        Path missing = dir.resolve("missing.json");
        assertThat(messageOf(() -> SpecJson.read(missing))).isEqualTo("cannot read the spec: no such file");
    }

    @Test
    void aDirectorySaysSo() {
        assertThat(messageOf(() -> SpecJson.read(dir))).isEqualTo("cannot read the spec: it is a directory, not a file");
    }

    @Test
    void binaryIsNotUtf8Text() throws Exception {
        Path bin = dir.resolve("bin.json");
        Files.write(bin, new byte[] {(byte) 0xff, (byte) 0xfe, '{', '}'});
        assertThat(messageOf(() -> SpecJson.read(bin))).isEqualTo("cannot read the spec: it is not UTF-8 text (JSON files are UTF-8)")
                .doesNotContain("Exception", "Input length");
    }

    @Test
    void aByteOrderMarkIsSkipped() throws Exception {
        Path bom = dir.resolve("bom.json");
        Files.write(bom, ("\uFEFF{\"Roles\": []}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(SpecJson.read(bom).roles()).isEmpty();
    }

    @Test
    void aHugeFileIsRefusedWithoutReadingItAll() throws Exception {
        Path big = dir.resolve("big.json");
        try (var out = Files.newOutputStream(big)) {
            byte[] chunk = new byte[1 << 20];
            java.util.Arrays.fill(chunk, (byte) ' ');
            for (int i = 0; i < 5; i++) {
                out.write(chunk);
            }
        }
        assertThatThrownBy(() -> TextFiles.read(big, "spec.io", "the spec")).isInstanceOf(IamkitException.class)
                .hasMessageContaining("iamkit reads at most");
    }
}
