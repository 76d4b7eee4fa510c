package io.iamkit.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.iamkit.IamkitException;
import io.iamkit.Problem;

/**
 * The one place iamkit talks to Jackson for reading: limits on size and nesting against hostile
 * input, duplicate keys rejected (IAM does not say which of two would win), exact decimals kept,
 * and every Jackson failure turned into an {@link IamkitException} with a line and column.
 */
public final class Json {

    /** Deeper than any IAM document (policies nest five levels); deeper input is hostile. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** Four times the largest AWS managed policy; IAM's own quotas are far smaller. */
    public static final int MAX_DOCUMENT_CHARS = 1 << 20;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_NESTING_DEPTH)
                            .maxDocumentLength(MAX_DOCUMENT_CHARS)
                            .maxStringLength(MAX_DOCUMENT_CHARS)
                            .maxNumberLength(1000)
                            .build())
                    .build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private Json() {
    }

    /** The shared mapper, for writing; do not reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Parses JSON text into a tree.
     *
     * @param text  the JSON
     * @param owner what the text is, for the error location ("policy", "role app trust policy", a file name)
     * @throws IamkitException on anything that is not one well-formed JSON value within the limits
     */
    public static JsonNode parse(String text, String owner) {
        if (text == null) {
            throw new IamkitException(Problem.error("json.missing", owner, "no JSON given (null)"));
        }
        if (text.length() > MAX_DOCUMENT_CHARS) {
            throw new IamkitException(Problem.error("json.limit", owner, "the JSON is " + text.length()
                    + " characters long; iamkit reads at most " + MAX_DOCUMENT_CHARS));
        }
        try {
            JsonNode node = MAPPER.readTree(text);
            if (node == null || node.isMissingNode()) {
                throw new IamkitException(Problem.error("json.syntax", owner, "This policy contains invalid Json: the text is empty"));
            }
            return node;
        } catch (StreamConstraintsException e) {
            throw new IamkitException(Problem.error("json.limit", owner,
                    "the JSON is too deeply nested or too long: " + firstLine(e.getOriginalMessage())), e);
        } catch (IllegalArgumentException e) {
            // Jackson reads numbers lazily and lets BigDecimal's NumberFormatException through for an
            // exponent beyond int range (1e99999999999): hostile input like any other.
            throw new IamkitException(Problem.error("json.syntax", owner,
                    "This policy contains invalid Json: a number cannot be read: " + firstLine(e.getMessage())), e);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? owner
                    : (owner.isEmpty() ? "" : owner + " ") + "line " + e.getLocation().getLineNr() + " column " + e.getLocation().getColumnNr();
            throw new IamkitException(Problem.error("json.syntax", where,
                    "This policy contains invalid Json: " + firstLine(e.getOriginalMessage())), e);
        }
    }

    private static final String REDACTED_SOURCE = "[Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); ";

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable input";
        }
        int nl = message.indexOf('\n');
        // Jackson names the hidden source in nested locations; the line and column are what helps.
        String line = (nl < 0 ? message : message.substring(0, nl)).replace(REDACTED_SOURCE, "[");
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }

    /** What a JSON value is, for error messages: "an object", "a number (42)", "null". */
    public static String describe(JsonNode n) {
        if (n.isNull()) {
            return "null";
        }
        if (n.isObject()) {
            return "an object";
        }
        if (n.isArray()) {
            return "an array";
        }
        if (n.isNumber()) {
            return "a number (" + n.asText() + ")";
        }
        if (n.isBoolean()) {
            return "a boolean (" + n.asText() + ")";
        }
        return "a string";
    }
}
