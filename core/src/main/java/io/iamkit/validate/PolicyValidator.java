package io.iamkit.validate;

import io.iamkit.IamkitException;
import io.iamkit.json.PercentEncoding;
import io.iamkit.json.PolicyJson;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Checks a policy document against IAM's grammar for its {@link PolicyKind}, reporting every problem
 * in one pass. See {@code docs/validation.md} for the rules and their codes.
 *
 * <pre>{@code
 * PolicyValidator.validate(doc, PolicyKind.TRUST).orThrow();
 * }</pre>
 */
public final class PolicyValidator {

    private PolicyValidator() {
    }

    public static ValidationResult validate(PolicyDocument doc, PolicyKind kind) {
        return validate(doc, kind, Quotas.defaults(), "");
    }

    public static ValidationResult validate(PolicyDocument doc, PolicyKind kind, Quotas quotas) {
        return validate(doc, kind, quotas, "");
    }

    /**
     * Validates {@code doc}, naming {@code owner} (such as {@code "role app trust policy"}) in every
     * location. The size is that of the canonical compact JSON.
     */
    public static ValidationResult validate(PolicyDocument doc, PolicyKind kind, Quotas quotas, String owner) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(quotas, "quotas");
        Findings f = new Findings(owner);
        if (doc == null) {
            f.error(Codes.STATEMENT_MISSING, "", "no policy document given");
            return f.result();
        }
        check(doc, kind, f);
        sizeOf(doc).ifPresent(size -> checkSize(size, kind, quotas, f));
        return f.result();
    }

    /** Reads and validates JSON text against AWS's default quotas; see {@link #validate(String, PolicyKind, Quotas, String)}. */
    public static ValidationResult validate(String json, PolicyKind kind) {
        return validate(json, kind, Quotas.defaults(), "");
    }

    /**
     * Reads and validates JSON text (URL-encoded text too). JSON problems are part of the result,
     * not thrown. The size is measured on the text as written: whitespace excluded for the kinds IAM
     * stores, every character for SCPs and RCPs (AWS Organizations counts whitespace).
     */
    public static ValidationResult validate(String json, PolicyKind kind, Quotas quotas, String owner) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(quotas, "quotas");
        PolicyDocument doc;
        String text;
        try {
            doc = PolicyJson.read(json, owner == null ? "" : owner);
            text = PercentEncoding.looksEncoded(json) ? PercentEncoding.decode(json) : json;
        } catch (IamkitException e) {
            return ValidationResult.of(e.problems());
        }
        Findings f = new Findings(owner);
        if (kind.storedByIam()) {
            checkCharacters(text, f);
        }
        check(doc, kind, f);
        boolean organizations = kind == PolicyKind.SCP || kind == PolicyKind.RCP;
        checkSize(organizations ? text.length() : PolicyJson.size(text), kind, quotas, f);
        return f.result();
    }

    private static void check(PolicyDocument doc, PolicyKind kind, Findings f) {
        checkVersion(doc, kind, f);
        if (doc.statements().isEmpty()) {
            f.error(Codes.STATEMENT_MISSING, "/Statement",
                    "the policy has no statements; add at least one {\"Effect\": …, \"Action\": …} statement");
        }
        Map<String, Integer> sids = new HashMap<>();
        List<Statement> statements = doc.statements();
        for (int i = 0; i < statements.size(); i++) {
            Statement s = statements.get(i);
            String at = "/Statement/" + i;
            if (s.sid() != null && !s.sid().isEmpty()) {
                Integer first = sids.putIfAbsent(s.sid(), i);
                if (first != null) {
                    f.error(Codes.SID_DUPLICATE, at + "/Sid", "Statement IDs (SID) in a single policy must be unique. — "
                            + Findings.quote(s.sid()) + " is also the Sid of /Statement/" + first);
                }
            }
            StatementChecker.check(s, kind, at, f);
        }
    }

    /**
     * The IAM size of the canonical JSON; empty when the document cannot be written as JSON (a key
     * twice under one operator), which {@link ConditionChecker} has already reported.
     */
    static OptionalInt sizeOf(PolicyDocument doc) {
        try {
            return OptionalInt.of(PolicyJson.size(doc));
        } catch (IamkitException e) {
            return OptionalInt.empty();
        }
    }

    /** IAM's PolicyDocument parameter admits tab, LF, CR and U+0020–U+00FF; JSON escapes reach the rest. */
    private static void checkCharacters(String text, Findings f) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xFF))) {
                f.error(Codes.POLICY_CHARSET, "", AttributeChecker.constraint(null, "policyDocument",
                        "Member must satisfy regular expression pattern: [\\u0009\\u000A\\u000D\\u0020-\\u00FF]+")
                        + " — character U+" + String.format("%04X", (int) c) + " at offset " + i
                        + " is outside it; write it as a JSON escape (PolicyJson.write does)");
                return;
            }
        }
    }

    private static void checkVersion(PolicyDocument doc, PolicyKind kind, Findings f) {
        String v = doc.version();
        boolean organizations = kind == PolicyKind.SCP || kind == PolicyKind.RCP;
        if (v == null) {
            if (organizations) {
                f.error(Codes.ORG_VERSION, "/Version", "a " + kind.description()
                        + " must have \"Version\": \"2012-10-17\"");
            } else {
                f.warn(Codes.VERSION_MISSING, "/Version", "no Version: IAM reads the policy as 2008-10-17, in which"
                        + " policy variables such as ${aws:username} are literal text; add \"Version\": \"2012-10-17\"");
            }
        } else if (!v.equals(PolicyDocument.VERSION_2012_10_17) && !v.equals(PolicyDocument.VERSION_2008_10_17)) {
            f.error(Codes.VERSION_INVALID, "/Version", "Version " + Findings.quote(v)
                    + " is not a policy language version; use \"2012-10-17\"");
        } else if (organizations && !v.equals(PolicyDocument.VERSION_2012_10_17)) {
            f.error(Codes.ORG_VERSION, "/Version", "a " + kind.description()
                    + " must have \"Version\": \"2012-10-17\", not " + Findings.quote(v));
        }
    }

    private static void checkSize(int size, PolicyKind kind, Quotas quotas, Findings f) {
        int limit;
        String awsWording;
        switch (kind) {
            case TRUST -> {
                limit = quotas.trustPolicySize();
                awsWording = "Cannot exceed quota for ACLSizePerRole: " + limit;
            }
            case PERMISSIONS_BOUNDARY -> {
                limit = Quotas.MANAGED_POLICY_SIZE;
                awsWording = "Cannot exceed quota for PolicySize: " + limit;
            }
            case SESSION -> {
                limit = Quotas.SESSION_POLICY_SIZE;
                awsWording = "The session policy is longer than " + limit + " characters";
            }
            case SCP, RCP -> {
                limit = Quotas.ORGANIZATIONS_POLICY_SIZE;
                awsWording = "The " + kind.description() + " exceeds the maximum size of " + limit + " characters";
            }
            default -> {
                // Identity and resource policies: the limit depends on where they go (inline in a
                // role, managed, which service); RoleValidator and ManagedPolicyValidator check it.
                return;
            }
        }
        if (size > limit) {
            f.error(Codes.POLICY_SIZE, "", awsWording + " — this " + kind.description() + " is " + size
                    + " characters" + (kind == PolicyKind.SCP || kind == PolicyKind.RCP ? "" : ", whitespace excluded")
                    + "; shorten it" + (kind == PolicyKind.TRUST ? " or raise the account's quota" : ""));
        }
    }
}
