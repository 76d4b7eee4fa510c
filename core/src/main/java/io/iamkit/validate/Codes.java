package io.iamkit.validate;

import io.iamkit.Problem;
import io.iamkit.Severity;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The stable {@link Problem#code() codes} of validation problems, and the IAM error each ERROR
 * corresponds to, so that an in-memory IAM can answer as IAM does. Codes never change meaning;
 * {@code docs/validation.md} lists them with their rules.
 */
public final class Codes {

    private Codes() {
    }

    // Documents
    public static final String VERSION_MISSING = "policy.version.missing";
    public static final String VERSION_INVALID = "policy.version.invalid";
    public static final String STATEMENT_MISSING = "policy.statement.missing";
    public static final String SID_DUPLICATE = "policy.sid.duplicate";
    public static final String SID_CHARSET = "policy.sid.charset";
    public static final String POLICY_SIZE = "policy.size";
    public static final String POLICY_CHARSET = "policy.charset";

    // Statements
    public static final String EFFECT_MISSING = "statement.effect.missing";
    public static final String EFFECT_INVALID = "statement.effect.invalid";
    public static final String EFFECT_CASE = "statement.effect.case";
    public static final String ACTION_MISSING = "statement.action.missing";
    public static final String ACTION_BOTH = "statement.action.both";
    public static final String ACTION_FORMAT = "statement.action.format";
    public static final String RESOURCE_MISSING = "statement.resource.missing";
    public static final String RESOURCE_BOTH = "statement.resource.both";
    public static final String RESOURCE_FORMAT = "statement.resource.format";
    public static final String RESOURCE_PROHIBITED = "statement.resource.prohibited";
    public static final String PRINCIPAL_FORBIDDEN = "statement.principal.forbidden";
    public static final String PRINCIPAL_MISSING = "statement.principal.missing";
    public static final String PRINCIPAL_BOTH = "statement.principal.both";
    public static final String PRINCIPAL_EMPTY = "statement.principal.empty";
    public static final String PRINCIPAL_TYPE = "statement.principal.type";
    public static final String PRINCIPAL_FORMAT = "statement.principal.format";
    public static final String PRINCIPAL_UNIQUE_ID = "statement.principal.unique-id";
    public static final String NOT_PRINCIPAL_ALLOW = "statement.not-principal.allow";
    public static final String TRUST_ACTION = "trust.action";

    // Conditions
    public static final String CONDITION_OPERATOR = "condition.operator.unknown";
    public static final String CONDITION_KEY = "condition.key.format";
    public static final String CONDITION_VALUES_EMPTY = "condition.values.empty";
    public static final String CONDITION_DUPLICATE = "condition.duplicate";
    public static final String CONDITION_VALUE_TYPE = "condition.value.type";

    // AWS Organizations
    public static final String ORG_VERSION = "org.version";
    public static final String RCP_EFFECT = "rcp.effect";
    public static final String RCP_PRINCIPAL = "rcp.principal";
    public static final String RCP_ELEMENT = "rcp.element";

    // Roles and managed policies
    public static final String ROLE_NAME = "role.name";
    public static final String ROLE_TRUST_MISSING = "role.trust.missing";
    public static final String ROLE_MAX_SESSION = "role.max-session";
    public static final String ROLE_BOUNDARY = "role.boundary";
    public static final String ROLE_MANAGED_COUNT = "role.managed.count";
    public static final String ROLE_MANAGED_ARN = "role.managed.arn";
    public static final String ROLE_MANAGED_DUPLICATE = "role.managed.duplicate";
    public static final String ROLE_INLINE_SIZE = "role.inline.size";
    public static final String POLICY_NAME = "policy.name";
    public static final String PATH = "path";
    public static final String DESCRIPTION = "description";
    public static final String TAG_COUNT = "tag.count";
    public static final String TAG_KEY = "tag.key";
    public static final String TAG_VALUE = "tag.value";
    public static final String TAG_DUPLICATE = "tag.duplicate";
    public static final String TAG_RESERVED = "tag.reserved";

    /** Building a {@link Quotas} with values AWS does not grant. */
    public static final String QUOTAS_RANGE = "quotas.range";

    /** The problems IAM reports only as {@code Syntax errors in policy.}: structure it cannot read. */
    private static final Set<String> SYNTAX = Set.of(STATEMENT_MISSING, VERSION_INVALID,
            EFFECT_INVALID, ACTION_BOTH, RESOURCE_BOTH, PRINCIPAL_BOTH, PRINCIPAL_EMPTY, PRINCIPAL_TYPE,
            CONDITION_OPERATOR, CONDITION_VALUES_EMPTY, CONDITION_DUPLICATE);

    /** IAM's error codes. */
    public static final String MALFORMED_POLICY_DOCUMENT = "MalformedPolicyDocument";
    public static final String LIMIT_EXCEEDED = "LimitExceeded";
    public static final String VALIDATION_ERROR = "ValidationError";
    public static final String INVALID_INPUT = "InvalidInput";

    private static final Map<String, String> IAM_ERROR = Map.ofEntries(
            Map.entry(POLICY_SIZE, LIMIT_EXCEEDED),
            Map.entry(ROLE_MANAGED_COUNT, LIMIT_EXCEEDED),
            Map.entry(ROLE_INLINE_SIZE, LIMIT_EXCEEDED),
            Map.entry(ROLE_NAME, VALIDATION_ERROR),
            Map.entry(POLICY_CHARSET, VALIDATION_ERROR),
            Map.entry(POLICY_NAME, VALIDATION_ERROR),
            Map.entry(PATH, VALIDATION_ERROR),
            Map.entry(DESCRIPTION, VALIDATION_ERROR),
            Map.entry(ROLE_MAX_SESSION, VALIDATION_ERROR),
            Map.entry(ROLE_BOUNDARY, INVALID_INPUT),
            Map.entry(ROLE_MANAGED_ARN, INVALID_INPUT),
            Map.entry(ROLE_TRUST_MISSING, VALIDATION_ERROR),
            Map.entry(TAG_COUNT, VALIDATION_ERROR),
            Map.entry(TAG_KEY, VALIDATION_ERROR),
            Map.entry(TAG_VALUE, VALIDATION_ERROR),
            Map.entry(TAG_DUPLICATE, INVALID_INPUT),
            Map.entry(TAG_RESERVED, INVALID_INPUT));

    /**
     * The IAM error code an ERROR problem corresponds to ({@code MalformedPolicyDocument},
     * {@code LimitExceeded}, {@code ValidationError}, {@code InvalidInput}); empty for warnings and
     * for problems IAM does not check (SCP and RCP rules are AWS Organizations', reported by it as
     * {@code MalformedPolicyDocumentException}). JSON problems ({@code json.*}) map to
     * {@code MalformedPolicyDocument}.
     */
    public static Optional<String> iamErrorCode(Problem problem) {
        if (problem.severity() != Severity.ERROR) {
            return Optional.empty();
        }
        String mapped = IAM_ERROR.get(problem.code());
        if (mapped != null) {
            return Optional.of(mapped);
        }
        String c = problem.code();
        if (c.startsWith("policy.") || c.startsWith("statement.") || c.startsWith("condition.")
                || c.startsWith("trust.") || c.startsWith("json.") || c.startsWith("org.") || c.startsWith("rcp.")) {
            return Optional.of(MALFORMED_POLICY_DOCUMENT);
        }
        return Optional.empty();
    }

    /**
     * IAM's own wording of a problem, for an in-memory IAM to return: the message up to
     * {@code " — "}, where iamkit's detail for people starts ({@code This policy contains invalid Json}
     * for unreadable JSON, {@code Syntax errors in policy.} for structure IAM cannot read). Where AWS's
     * wording is not known, this is iamkit's own message.
     */
    public static String iamMessage(Problem problem) {
        if (problem.code().equals("json.syntax") || problem.code().equals("json.limit")) {
            return "This policy contains invalid Json";
        }
        if (SYNTAX.contains(problem.code()) || (problem.code().startsWith("json.") && problem.severity() == Severity.ERROR)) {
            return "Syntax errors in policy.";
        }
        int cut = problem.message().indexOf(" — ");
        return cut < 0 ? problem.message() : problem.message().substring(0, cut);
    }
}
