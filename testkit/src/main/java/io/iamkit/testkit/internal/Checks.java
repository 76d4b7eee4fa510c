package io.iamkit.testkit.internal;

import io.iamkit.IamkitException;
import io.iamkit.Problem;
import io.iamkit.json.PolicyJson;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.Principal;
import io.iamkit.policy.Statement;
import io.iamkit.validate.Codes;
import io.iamkit.validate.PolicyKind;
import io.iamkit.validate.PolicyValidator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.iam.model.Tag;

/**
 * The checks IAM makes on request parameters and policy documents, each failing with the error
 * code and wording AWS uses. Document grammar comes from iamkit's reader; this class maps its
 * findings, and the rules only IAM's front door applies, onto AWS's errors.
 */
final class Checks {

    static final String NAME_PATTERN_TEXT = "[\\w+=,.@-]+";
    private static final Pattern NAME = Pattern.compile(NAME_PATTERN_TEXT, Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern ASCII_NAME = Pattern.compile("[A-Za-z0-9_+=,.@-]+");
    private static final String PATH_PATTERN_TEXT = "(\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)";
    private static final Pattern PATH = Pattern.compile("/|/[\\u0021-\\u007E]+/");
    private static final Pattern PATH_PREFIX = Pattern.compile("/[\\u0021-\\u007F]*");
    private static final Pattern DOCUMENT_CHARS = Pattern.compile("[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+");
    private static final Pattern TAG_CHARS = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*");
    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
    private static final Set<String> TRUST_ACTIONS = Set.of("sts:assumerole", "sts:assumerolewithsaml",
            "sts:assumerolewithwebidentity", "sts:tagsession", "sts:setsourceidentity", "sts:setcontext", "sts:*");

    private Checks() {
    }

    static void name(String value, String member, int max) {
        if (value == null) {
            throw Errors.required(member);
        }
        if (value.isEmpty()) {
            throw Errors.constraint(value, member, "Member must have length greater than or equal to 1");
        }
        if (value.length() > max) {
            throw Errors.constraint(value, member, "Member must have length less than or equal to " + max);
        }
        // \w in IAM's pattern is ASCII word characters.
        if (!ASCII_NAME.matcher(value).matches() || !NAME.matcher(value).matches()) {
            throw Errors.constraint(value, member, "Member must satisfy regular expression pattern: " + NAME_PATTERN_TEXT);
        }
    }

    static String path(String value, String member) {
        if (value == null) {
            return "/";
        }
        if (value.isEmpty() || value.length() > 512) {
            throw Errors.constraint(value, member, value.isEmpty() ? "Member must have length greater than or equal to 1"
                    : "Member must have length less than or equal to 512");
        }
        if (!PATH.matcher(value).matches()) {
            throw Errors.constraint(value, member, "Member must satisfy regular expression pattern: " + PATH_PATTERN_TEXT);
        }
        return value;
    }

    static void pathPrefix(String value) {
        if (value != null && (value.isEmpty() || value.length() > 512 || !PATH_PREFIX.matcher(value).matches())) {
            throw Errors.constraint(value, "pathPrefix", "Member must satisfy regular expression pattern: \\u002F[\\u0021-\\u007F]*");
        }
    }

    static void description(String value) {
        if (value != null && value.length() > 1000) {
            throw Errors.constraint(value, "description", "Member must have length less than or equal to 1000");
        }
        if (value != null && !value.matches("[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*")) {
            throw Errors.constraint(value, "description",
                    "Member must satisfy regular expression pattern: [\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*");
        }
    }

    static void maxSessionDuration(Integer value) {
        if (value == null) {
            return;
        }
        if (value < 3600) {
            throw Errors.constraint(value.toString(), "maxSessionDuration", "Member must have value greater than or equal to 3600");
        }
        if (value > 43200) {
            throw Errors.constraint(value.toString(), "maxSessionDuration", "Member must have value less than or equal to 43200");
        }
    }

    static int maxItems(Integer value) {
        if (value == null) {
            return 100;
        }
        if (value < 1 || value > 1000) {
            throw Errors.constraint(value.toString(), "maxItems", value < 1 ? "Member must have value greater than or equal to 1"
                    : "Member must have value less than or equal to 1000");
        }
        return value;
    }

    /** Checks a request's tags: at most 50, key and value lengths, keys unique ignoring case. */
    static void tags(List<Tag> tags) {
        if (tags == null) {
            return;
        }
        if (tags.size() > 50) {
            throw Errors.constraint(tags.toString(), "tags", "Member must have length less than or equal to 50");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < tags.size(); i++) {
            Tag t = tags.get(i);
            String key = t.key();
            String value = t.value() == null ? "" : t.value();
            if (key == null || key.isEmpty() || key.length() > 128) {
                throw Errors.constraint(String.valueOf(key), "tags." + (i + 1) + ".member.key",
                        key == null || key.isEmpty() ? "Member must have length greater than or equal to 1" : "Member must have length less than or equal to 128");
            }
            if (!TAG_CHARS.matcher(key).matches()) {
                throw Errors.constraint(key, "tags." + (i + 1) + ".member.key",
                        "Member must satisfy regular expression pattern: [\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+");
            }
            if (value.length() > 256) {
                throw Errors.constraint(value, "tags." + (i + 1) + ".member.value", "Member must have length less than or equal to 256");
            }
            if (!TAG_CHARS.matcher(value).matches()) {
                throw Errors.constraint(value, "tags." + (i + 1) + ".member.value",
                        "Member must satisfy regular expression pattern: [\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*");
            }
            if (!seen.add(key.toLowerCase(Locale.ROOT))) {
                throw Errors.invalidInput("Duplicate tag keys found. Please note that Tag keys are case insensitive.");
            }
        }
    }

    /** TagRole and TagPolicy need a Tags member (the SDK leaves it out when none was set). */
    static void requiredTags(boolean present) {
        if (!present) {
            throw Errors.required("tags");
        }
    }

    static void tagKeys(List<String> keys) {
        if (keys == null || keys.isEmpty()) {
            throw Errors.constraint("[]", "tagKeys", "Member must have length greater than or equal to 1");
        }
        if (keys.size() > 50) {
            throw Errors.constraint(keys.toString(), "tagKeys", "Member must have length less than or equal to 50");
        }
    }

    /** Size as IAM counts it (no whitespace), after the character-set check of the API's shape. */
    private static int size(String text, String member) {
        if (text == null || text.isEmpty()) {
            throw Errors.constraint(text == null ? "null" : "", member, "Member must have length greater than or equal to 1");
        }
        if (!DOCUMENT_CHARS.matcher(text).matches()) {
            throw Errors.constraint(abbreviate(text), member,
                    "Member must satisfy regular expression pattern: [\\u0009\\u000A\\u000D\\u0020-\\u00FF]+");
        }
        return PolicyJson.size(text);
    }

    private static String abbreviate(String text) {
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }

    static int identitySize(String text, String member) {
        return size(text, member);
    }

    /** Parses a document, mapping iamkit's reader problems onto IAM's two syntax messages. */
    static PolicyDocument parse(String text) {
        try {
            return PolicyJson.read(text, "");
        } catch (IamkitException e) {
            Problem first = e.problems().get(0);
            if (first.code().startsWith("json.syntax") || first.code().startsWith("json.missing") || first.code().startsWith("json.limit")
                    || first.code().startsWith("json.encoding")) {
                throw Errors.malformed("This policy contains invalid Json");
            }
            throw Errors.malformed("Syntax errors in policy.");
        }
    }

    /** An identity policy (inline or managed version): IAM's rules beyond the grammar. */
    static PolicyDocument identity(String text) {
        PolicyDocument doc = parse(text);
        common(doc);
        for (Statement s : doc.statements()) {
            if (s.principal() != null || s.notPrincipal() != null) {
                throw Errors.malformed("Policy document should not specify a principal.");
            }
            if (s.resources() == null && s.notResources() == null) {
                throw Errors.malformed("Policy statement must contain resources.");
            }
            resourcesAreArns(s.resources());
            resourcesAreArns(s.notResources());
        }
        grammar(doc, PolicyKind.IDENTITY);
        return doc;
    }

    /**
     * The rest of IAM's grammar, from iamkit's validator: the first error IAM reports as
     * MalformedPolicyDocument, in IAM's wording. Sizes are left to the callers, which apply the
     * fake's own (configurable) quotas.
     */
    private static void grammar(PolicyDocument doc, PolicyKind kind) {
        for (Problem p : PolicyValidator.validate(doc, kind).errors()) {
            if (p.code().equals(Codes.POLICY_SIZE) || p.code().equals(Codes.ROLE_INLINE_SIZE)) {
                continue;
            }
            if (Codes.iamErrorCode(p).filter(Codes.MALFORMED_POLICY_DOCUMENT::equals).isPresent()) {
                throw Errors.malformed(Codes.iamMessage(p));
            }
        }
    }

    /**
     * A role trust policy.
     *
     * @param principalExists says whether an IAM ARN named under {@code "AWS"} names an existing principal
     */
    static PolicyDocument trust(String text, Predicate<String> principalExists) {
        PolicyDocument doc = parse(text);
        common(doc);
        for (Statement s : doc.statements()) {
            if (s.resources() != null || s.notResources() != null) {
                throw Errors.malformed("Has prohibited field Resource");
            }
            for (List<String> actions : actionLists(s)) {
                if (actions != null) {
                    for (String a : actions) {
                        if (!TRUST_ACTIONS.contains(a.toLowerCase(Locale.ROOT))) {
                            throw Errors.malformed("AssumeRole policy may only specify STS AssumeRole actions.");
                        }
                    }
                }
            }
            if (s.principal() == null && s.notPrincipal() == null) {
                throw Errors.malformed("Missing required field Principal");
            }
            principals(s.principal(), principalExists);
            principals(s.notPrincipal(), principalExists);
        }
        grammar(doc, PolicyKind.TRUST);
        return doc;
    }

    /** Action and NotAction, whichever are present. */
    private static List<List<String>> actionLists(Statement s) {
        List<List<String>> out = new java.util.ArrayList<>(2);
        if (s.actions() != null) {
            out.add(s.actions());
        }
        if (s.notActions() != null) {
            out.add(s.notActions());
        }
        return out;
    }

    private static void common(PolicyDocument doc) {
        if (doc.version() != null && !doc.version().equals(PolicyDocument.VERSION_2012_10_17)
                && !doc.version().equals(PolicyDocument.VERSION_2008_10_17)) {
            throw Errors.malformed("The policy failed legacy parsing");
        }
        if (doc.statements().isEmpty()) {
            throw Errors.malformed("Syntax errors in policy.");
        }
        for (Statement s : doc.statements()) {
            if (!s.effect().isKnown()) {
                throw Errors.malformed("Syntax errors in policy.");
            }
            if ((s.actions() == null || s.actions().isEmpty()) && (s.notActions() == null || s.notActions().isEmpty())) {
                throw Errors.malformed("Policy statement must contain actions.");
            }
            for (List<String> actions : actionLists(s)) {
                if (actions != null) {
                    for (String a : actions) {
                        if (!a.equals("*") && a.indexOf(':') <= 0) {
                            throw Errors.malformed("Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.");
                        }
                    }
                }
            }
            s.conditions().forEach(c -> {
                if (!c.operator().isKnown()) {
                    throw Errors.malformed("Invalid Condition type : " + c.operator().text());
                }
                if (c.values().isEmpty()) {
                    throw Errors.malformed("Syntax errors in policy.");
                }
            });
        }
    }

    private static void resourcesAreArns(List<String> resources) {
        if (resources == null) {
            return;
        }
        for (String r : resources) {
            if (!r.equals("*") && !r.startsWith("arn:")) {
                throw Errors.malformed("Resource " + r + " must be in ARN format or \"*\".");
            }
        }
    }

    private static void principals(Principal p, Predicate<String> principalExists) {
        if (p == null || p.wildcard()) {
            return;
        }
        p.entries().forEach((type, values) -> {
            for (String v : values) {
                boolean ok = switch (type) {
                    case Principal.AWS -> v.equals("*") || ACCOUNT_ID.matcher(v).matches() || awsArn(v) && principalExists.test(v);
                    case Principal.SERVICE -> v.equals("*") || v.matches("[a-z0-9.-]+\\.(amazonaws\\.com|amazonaws\\.com\\.cn|amazon\\.com)");
                    case Principal.FEDERATED -> !v.isBlank();
                    case Principal.CANONICAL_USER -> !v.isBlank();
                    default -> false;
                };
                if (!ok) {
                    throw Errors.malformed("Invalid principal in policy: \"" + type.toUpperCase(Locale.ROOT) + "\":\"" + v + "\"");
                }
            }
        });
    }

    private static boolean awsArn(String v) {
        return v.matches("arn:aws[a-z-]*:(iam|sts)::(\\d{12}|aws):.+");
    }
}
