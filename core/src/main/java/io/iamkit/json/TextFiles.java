package io.iamkit.json;

import io.iamkit.IamkitException;
import io.iamkit.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a user's JSON file as UTF-8 text, turning every way that can fail into one
 * {@link IamkitException} whose message a person can act on ("no such file", "is a directory",
 * "not UTF-8 text") rather than a Java exception's name.
 */
public final class TextFiles {

    private static final int MAX_BYTES = 4 * Json.MAX_DOCUMENT_CHARS;

    private TextFiles() {
    }

    /**
     * @param file the file to read
     * @param code the problem code on failure, such as {@code spec.io}
     * @param what what the file should be, for the message: {@code "the spec"}
     * @return the file's text
     * @throws IamkitException when it cannot be read, located at the file
     */
    public static String read(Path file, String code, String what) {
        if (Files.isDirectory(file)) {
            throw new IamkitException(Problem.error(code, file.toString(), "cannot read " + what + ": it is a directory, not a file"));
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            // Bounded, so that a huge file or a device such as /dev/zero is refused instead of
            // exhausting memory; the parser's own limit is in characters, at most 4 bytes each.
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw failure(file, code, what, "no such file", e);
        } catch (AccessDeniedException e) {
            throw failure(file, code, what, "permission denied", e);
        } catch (IOException | RuntimeException e) {
            throw failure(file, code, what, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new IamkitException(Problem.error("json.limit", file.toString(), "the file is longer than "
                    + MAX_BYTES + " bytes; iamkit reads at most " + Json.MAX_DOCUMENT_CHARS + " characters"));
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            // Some editors start UTF-8 files with a byte order mark; JSON parsers reject it.
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw failure(file, code, what, "it is not UTF-8 text (JSON files are UTF-8)", e);
        }
    }

    private static IamkitException failure(Path file, String code, String what, String why, Exception cause) {
        return new IamkitException(Problem.error(code, file.toString(), "cannot read " + what + ": " + why), cause);
    }
}
