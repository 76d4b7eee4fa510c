package io.iamkit.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.iamkit.IamkitException;
import io.iamkit.Problem;
import io.iamkit.policy.PolicyDocument;

/**
 * Reads and writes policy documents the way IAM does.
 *
 * <p>Reading accepts every form IAM accepts: a string or an array wherever a list goes, a single
 * statement object instead of an array, {@code "Principal": "*"}, unquoted numbers and booleans in
 * conditions, and the URL-encoded text GetRole, GetRolePolicy and GetPolicyVersion return. It
 * never throws anything but {@link IamkitException}, whatever the input.
 *
 * <p>Writing is canonical (see {@link #write}), so the same document always gives the same text.
 */
public final class PolicyJson {

    // IAM accepts only tab, LF, CR and U+0020–U+00FF in a document's text, so everything beyond
    // ASCII is written as a JSON unicode escape: the text is then always acceptable and survives any
    // encoding (a lone surrogate, unencodable in UTF-8, included).
    private static final ObjectWriter COMPACT = Json.mapper().writer().with(JsonWriteFeature.ESCAPE_NON_ASCII);
    // "Key": "value", as the IAM console and AWS's documentation print policies.
    private static final ObjectWriter PRETTY = Json.mapper().writer(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))).with(JsonWriteFeature.ESCAPE_NON_ASCII);

    private PolicyJson() {
    }

    /** Reads a policy document; URL-encoded text (starting {@code %7B}) is decoded first. */
    public static PolicyDocument read(String text) {
        return read(text, "");
    }

    /**
     * Reads a policy document, naming {@code owner} (such as {@code "role app inline policy read"})
     * in the location of every problem.
     */
    public static PolicyDocument read(String text, String owner) {
        String json = text != null && PercentEncoding.looksEncoded(text) ? decode(text, owner) : text;
        return read(Json.parse(json, owner), owner, "");
    }

    /** Reads a document embedded in a larger JSON file, at {@code pointer} (for locations). */
    public static PolicyDocument read(JsonNode node, String owner, String pointer) {
        return PolicyReader.read(node, owner, pointer);
    }

    private static String decode(String text, String owner) {
        try {
            return PercentEncoding.decode(text);
        } catch (IamkitException e) {
            throw new IamkitException(e.problems().stream().map(p -> p.under(owner)).toList());
        }
    }

    /** Canonical compact JSON: Version first, no whitespace outside strings, non-ASCII characters escaped. */
    public static String write(PolicyDocument doc) {
        return write(COMPACT, doc);
    }

    /** Canonical JSON indented by two spaces, for people and diffs. */
    public static String writePretty(PolicyDocument doc) {
        return write(PRETTY, doc);
    }

    /** The document as a Jackson tree, for embedding in larger JSON. */
    public static JsonNode toTree(PolicyDocument doc) {
        return PolicyWriter.tree(doc);
    }

    private static String write(ObjectWriter writer, PolicyDocument doc) {
        try {
            return writer.writeValueAsString(PolicyWriter.tree(doc));
        } catch (JsonProcessingException e) {
            // Writing a tree of strings to a String cannot fail; if it does, it is a bug in iamkit.
            throw new IamkitException(Problem.error("json.write", "", "could not write the policy: " + e.getOriginalMessage()), e);
        }
    }

    /**
     * The size IAM counts against its quotas: the characters of the text, whitespace excluded.
     * IAM strips whitespace before counting, so indenting a policy never makes it too large.
     */
    public static int size(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                n++;
            }
        }
        return n;
    }

    /** The IAM size of the canonical JSON of {@code doc}. */
    public static int size(PolicyDocument doc) {
        return size(write(doc));
    }
}
