package io.iamkit.validate;

import io.iamkit.arn.Arn;
import io.iamkit.role.Tag;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Names, paths, descriptions and tags, shared by roles and managed policies. Messages follow IAM's
 * ValidationError wording ({@code Value 'x' at 'roleName' failed to satisfy constraint: …}); an
 * in-memory IAM prefixes them with {@code "N validation error(s) detected: "} and joins them with
 * {@code "; "}, as IAM does.
 */
final class AttributeChecker {

    private AttributeChecker() {
    }

    static void name(String name, String field, int maxLength, String code, String at, Findings f) {
        if (name == null || name.isEmpty()) {
            f.error(code, at, constraint(name, field, "Member must have length greater than or equal to 1"));
        } else if (name.length() > maxLength) {
            f.error(code, at, constraint(name, field, "Member must have length less than or equal to " + maxLength));
        } else if (!Patterns.matches(Patterns.ROLE_OR_POLICY_NAME, name)) {
            f.error(code, at, constraint(name, field, "Member must satisfy regular expression pattern: [\\w+=,.@-]+")
                    + " — use letters, digits and + = , . @ _ - only");
        }
    }

    static void path(String path, String at, Findings f) {
        if (path.isEmpty()) {
            f.error(Codes.PATH, at, constraint(path, "path", "Member must have length greater than or equal to 1"));
        } else if (path.length() > Quotas.PATH_LENGTH) {
            f.error(Codes.PATH, at, constraint(path, "path", "Member must have length less than or equal to " + Quotas.PATH_LENGTH));
        } else if (!Patterns.matches(Patterns.PATH, path)) {
            f.error(Codes.PATH, at, constraint(path, "path",
                    "Member must satisfy regular expression pattern: (\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)")
                    + " — a path is / or starts and ends with /, such as /service-role/");
        }
    }

    static void description(String description, String at, Findings f) {
        if (description == null) {
            return;
        }
        if (description.length() > Quotas.DESCRIPTION_LENGTH) {
            f.error(Codes.DESCRIPTION, at, constraint(description, "description",
                    "Member must have length less than or equal to " + Quotas.DESCRIPTION_LENGTH));
        } else if (!Patterns.DESCRIPTION.matcher(description).matches()) {
            f.error(Codes.DESCRIPTION, at, constraint(description, "description",
                    "Member must satisfy regular expression pattern: [\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*")
                    + " — printable Latin-1 characters, tab and line breaks only");
        }
    }

    static void tags(List<Tag> tags, String at, Findings f) {
        if (tags.size() > Quotas.TAGS_PER_RESOURCE) {
            f.error(Codes.TAG_COUNT, at, constraint(null, "tags", "Member must have length less than or equal to "
                    + Quotas.TAGS_PER_RESOURCE) + " — there are " + tags.size() + " tags");
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < tags.size(); i++) {
            Tag t = tags.get(i);
            String tagAt = at + "/" + i;
            String field = "tags." + (i + 1) + ".member";
            // AWS counts tag lengths in Unicode characters ("128 Unicode characters in UTF-8"), not
            // UTF-16 units: a letter outside the BMP (a CJK Extension B ideograph) is one character.
            int keyLength = t.key().codePointCount(0, t.key().length());
            if (t.key().isEmpty() || keyLength > Quotas.TAG_KEY_LENGTH) {
                f.error(Codes.TAG_KEY, tagAt + "/Key", constraint(t.key(), field + ".key", t.key().isEmpty()
                        ? "Member must have length greater than or equal to 1"
                        : "Member must have length less than or equal to " + Quotas.TAG_KEY_LENGTH));
            } else if (!Patterns.matches(Patterns.TAG_KEY, t.key())) {
                f.error(Codes.TAG_KEY, tagAt + "/Key", constraint(t.key(), field + ".key",
                        "Member must satisfy regular expression pattern: [\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+")
                        + " — letters, digits, spaces and _ . : / = + - @ only");
            } else if (t.key().regionMatches(true, 0, "aws:", 0, 4)) {
                f.error(Codes.TAG_RESERVED, tagAt + "/Key", "The tag key " + Findings.quote(t.key())
                        + " uses the prefix aws:, which is reserved for AWS use — choose another key");
            }
            if (t.value().codePointCount(0, t.value().length()) > Quotas.TAG_VALUE_LENGTH) {
                f.error(Codes.TAG_VALUE, tagAt + "/Value", constraint(t.value(), field + ".value",
                        "Member must have length less than or equal to " + Quotas.TAG_VALUE_LENGTH));
            } else if (!Patterns.matches(Patterns.TAG_VALUE, t.value())) {
                f.error(Codes.TAG_VALUE, tagAt + "/Value", constraint(t.value(), field + ".value",
                        "Member must satisfy regular expression pattern: [\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*"));
            }
            Integer first = seen.putIfAbsent(t.key().toLowerCase(Locale.ROOT), i);
            if (first != null) {
                f.error(Codes.TAG_DUPLICATE, tagAt + "/Key", "Duplicate tag keys found. Please note that Tag keys are"
                        + " case insensitive. — " + Findings.quote(t.key()) + " repeats the key of tag " + first);
            }
        }
    }

    /** True for {@code arn:PARTITION:iam::(aws|ACCOUNT):policy/…}. */
    static boolean isPolicyArn(String value) {
        return Arn.tryParse(value).map(a -> a.service().equals("iam") && a.region().isEmpty()
                && (a.account().equals("aws") || Patterns.matches(Patterns.ACCOUNT_ID, a.account()))
                && a.resource().startsWith("policy/") && a.resource().length() > "policy/".length()
                && a.partition().startsWith("aws")).orElse(false);
    }

    /** IAM's ValidationError wording for one member. */
    static String constraint(String value, String field, String rule) {
        return (value == null ? "Value" : "Value " + Findings.quote(value)) + " at '" + field
                + "' failed to satisfy constraint: " + rule;
    }
}
