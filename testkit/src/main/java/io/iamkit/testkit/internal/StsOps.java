package io.iamkit.testkit.internal;

import io.iamkit.arn.Arn;
import io.iamkit.eval.Decision;
import io.iamkit.eval.EvaluationRequest;
import io.iamkit.eval.PolicyEvaluator;
import io.iamkit.eval.PolicySet;
import io.iamkit.policy.PolicyDocument;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.sts.model.AssumeRoleRequest;
import software.amazon.awssdk.services.sts.model.AssumeRoleResponse;
import software.amazon.awssdk.services.sts.model.AssumedRoleUser;
import software.amazon.awssdk.services.sts.model.Credentials;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/** STS: GetCallerIdentity and AssumeRole with the checks AWS makes. */
public final class StsOps {

    private static final Pattern SESSION_NAME = Pattern.compile("[A-Za-z0-9_+=,.@-]*");
    private static final Pattern EXTERNAL_ID = Pattern.compile("[A-Za-z0-9_+=,.@:/-]*");
    private static final PolicyDocument ROOT_POWERS = PolicyDocument.builder().allow("*").on("*").build();

    private final Engine engine;

    public StsOps(Engine engine) {
        this.engine = engine;
    }

    GetCallerIdentityResponse getCallerIdentity(Caller caller) {
        return GetCallerIdentityResponse.builder().account(caller.account()).arn(caller.arn()).userId(caller.userId()).build();
    }

    private static RuntimeException constraint(String value, String member, String constraint) {
        return Errors.sts("ValidationError", "1 validation error detected: Value '" + value + "' at '" + member
                + "' failed to satisfy constraint: " + constraint);
    }

    private static RuntimeException required(String member) {
        return Errors.sts("ValidationError", "1 validation error detected: Value null at '" + member
                + "' failed to satisfy constraint: Member must not be null");
    }

    /** Session tags as STS's request validation sees them: at most 50, keys 1–128 and values up to 256 characters. */
    private static void sessionTags(AssumeRoleRequest req) {
        if (!req.hasTags()) {
            return;
        }
        if (req.tags().size() > 50) {
            throw constraint(req.tags().toString(), "tags", "Member must have length less than or equal to 50");
        }
        for (int i = 0; i < req.tags().size(); i++) {
            var t = req.tags().get(i);
            String at = "tags." + (i + 1) + ".member.";
            if (t.key() == null) {
                throw required(at + "key");
            }
            if (t.key().isEmpty() || t.key().length() > 128) {
                throw constraint(t.key(), at + "key", t.key().isEmpty() ? "Member must have length greater than or equal to 1"
                        : "Member must have length less than or equal to 128");
            }
            if (t.value() == null) {
                throw required(at + "value");
            }
            if (t.value().length() > 256) {
                throw constraint(t.value(), at + "value", "Member must have length less than or equal to 256");
            }
        }
    }

    AssumeRoleResponse assumeRole(Caller caller, AssumeRoleRequest req) {
        String roleArn = req.roleArn();
        if (roleArn == null) {
            throw required("roleArn");
        }
        if (roleArn.length() < 20) {
            throw constraint(roleArn, "roleArn", "Member must have length greater than or equal to 20");
        }
        if (roleArn.length() > 2048) {
            throw constraint(roleArn, "roleArn", "Member must have length less than or equal to 2048");
        }
        String session = req.roleSessionName();
        if (session == null) {
            throw required("roleSessionName");
        }
        if (session.length() < 2) {
            throw constraint(String.valueOf(session), "roleSessionName", "Member must have length greater than or equal to 2");
        }
        if (session.length() > 64) {
            throw constraint(session, "roleSessionName", "Member must have length less than or equal to 64");
        }
        if (!SESSION_NAME.matcher(session).matches()) {
            throw constraint(session, "roleSessionName", "Member must satisfy regular expression pattern: [\\w+=,.@-]*");
        }
        int duration = req.durationSeconds() == null ? 3600 : req.durationSeconds();
        if (duration < 900) {
            throw constraint(Integer.toString(duration), "durationSeconds", "Member must have value greater than or equal to 900");
        }
        if (duration > 43200) {
            throw constraint(Integer.toString(duration), "durationSeconds", "Member must have value less than or equal to 43200");
        }
        if (req.externalId() != null && (req.externalId().length() < 2 || req.externalId().length() > 1224
                || !EXTERNAL_ID.matcher(req.externalId()).matches())) {
            throw constraint(req.externalId(), "externalId", req.externalId().length() < 2 ? "Member must have length greater than or equal to 2"
                    : req.externalId().length() > 1224 ? "Member must have length less than or equal to 1224"
                    : "Member must satisfy regular expression pattern: [\\w+=,.@:\\/-]*");
        }
        sessionTags(req);
        if (req.sourceIdentity() != null && (req.sourceIdentity().length() < 2 || req.sourceIdentity().length() > 64
                || !SESSION_NAME.matcher(req.sourceIdentity()).matches())) {
            String s = req.sourceIdentity();
            throw constraint(s, "sourceIdentity", s.length() < 2 ? "Member must have length greater than or equal to 2"
                    : s.length() > 64 ? "Member must have length less than or equal to 64"
                    : "Member must satisfy regular expression pattern: [\\w+=,.@-]*");
        }
        Arn parsed = Arn.tryParse(roleArn).orElseThrow(() -> Errors.sts("ValidationError", roleArn + " is invalid"));
        Records.RoleRecord role = engine.roleOps().roleByArn(roleArn);
        RuntimeException denied = Errors.sts("AccessDenied", "User: " + caller.arn()
                + " is not authorized to perform: sts:AssumeRole on resource: " + roleArn);
        if (role == null || role.visibility != null && role.visibility.propagatingAsPrincipal(engine.clock().instant())) {
            throw denied;
        }
        if (!engine.permissiveAssumeRole()) {
            EvaluationRequest.Builder request = EvaluationRequest.builder().principal(caller.arn()).action("sts:AssumeRole")
                    .resource(roleArn).resourceAccount(parsed.account()).context("sts:RoleSessionName", session);
            if (req.externalId() != null) {
                request.context("sts:ExternalId", req.externalId());
            }
            if (req.sourceIdentity() != null) {
                request.context("sts:SourceIdentity", req.sourceIdentity());
            }
            if (req.hasTags() && !req.tags().isEmpty()) {
                List<String> keys = new ArrayList<>();
                for (var t : req.tags()) {
                    request.context("aws:RequestTag/" + t.key(), t.value());
                    keys.add(t.key());
                }
                request.context("aws:TagKeys", keys);
            }
            if (decide(caller, role, request) != Decision.ALLOWED) {
                throw denied;
            }
            // Passing session tags or a source identity needs its own permission, in the trust policy as for AssumeRole.
            if (req.hasTags() && !req.tags().isEmpty() && decide(caller, role, request.action("sts:TagSession")) != Decision.ALLOWED) {
                throw Errors.sts("AccessDenied", "User: " + caller.arn() + " is not authorized to perform: sts:TagSession on resource: " + roleArn);
            }
            if (req.sourceIdentity() != null && decide(caller, role, request.action("sts:SetSourceIdentity")) != Decision.ALLOWED) {
                throw Errors.sts("AccessDenied", "User: " + caller.arn() + " is not authorized to perform: sts:SetSourceIdentity on resource: " + roleArn);
            }
        }
        if (duration > role.maxSessionDuration) {
            throw Errors.sts("ValidationError", "The requested DurationSeconds exceeds the MaxSessionDuration set for this role.");
        }
        if (caller.isRoleSession() && duration > 3600) {
            throw Errors.sts("ValidationError", "The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.");
        }
        Instant expires = engine.clock().instant().truncatedTo(ChronoUnit.SECONDS).plusSeconds(duration);
        String accessKey = engine.ids().next("ASIA", 20);
        String secret = engine.ids().secret(40);
        String token = "IQoJb3JpZ2luX2VjE" + engine.ids().secret(300);
        String sessionArn = "arn:" + parsed.partition() + ":sts::" + parsed.account() + ":assumed-role/" + role.name + "/" + session;
        Caller sessionCaller = new Caller(parsed.account(), sessionArn, role.id + ":" + session, role.name, role.arn, expires);
        engine.registerSession(accessKey, new Engine.Session(sessionCaller, secret, token, expires));
        return AssumeRoleResponse.builder()
                .credentials(Credentials.builder().accessKeyId(accessKey).secretAccessKey(secret).sessionToken(token).expiration(expires).build())
                .assumedRoleUser(AssumedRoleUser.builder().arn(sessionArn).assumedRoleId(role.id + ":" + session).build())
                .build();
    }

    /**
     * Whether {@code caller} may assume {@code role}: the trust policy (as resource policy), and the
     * caller's own identity policies and boundary when it is a session of one of the fake's roles.
     */
    private Decision decide(Caller caller, Records.RoleRecord role, EvaluationRequest.Builder request) {
        PolicySet.Builder set = PolicySet.builder().trustPolicy(Checks.parse(role.trustText));
        if (caller.isRoleSession()) {
            Records.RoleRecord callerRole = engine.roleOps().roleByArn(caller.roleArn());
            if (callerRole == null) {
                return Decision.IMPLICITLY_DENIED;
            }
            AccountState callerAccount = engine.account(caller.account());
            set.identityPolicies(Simulator.identityPolicies(engine, callerAccount, callerRole));
            if (callerRole.boundaryArn != null) {
                set.permissionsBoundary(Simulator.document(engine, callerAccount, callerRole.boundaryArn));
            }
        } else {
            set.identityPolicy(ROOT_POWERS);
        }
        return PolicyEvaluator.compile(set.build()).decide(request.build());
    }

    /** Evaluates the trust of {@code roleArn} for any principal, such as a service with source account and ARN. */
    public Decision trustDecision(String principal, String roleArn, Map<String, List<String>> context) {
        Records.RoleRecord role = engine.roleOps().roleByArn(roleArn);
        if (role == null) {
            return Decision.IMPLICITLY_DENIED;
        }
        EvaluationRequest request = EvaluationRequest.builder().principal(principal).action("sts:AssumeRole").resource(roleArn)
                .resourceAccount(Arn.parse(roleArn).account()).context(context).build();
        return PolicyEvaluator.compile(PolicySet.builder().trustPolicy(Checks.parse(role.trustText)).build()).decide(request);
    }
}
