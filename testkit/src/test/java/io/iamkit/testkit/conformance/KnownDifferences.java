package io.iamkit.testkit.conformance;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where moto_server (5.2.1) is known to differ from AWS, step by step. The fake follows AWS; the
 * suite checks that the fake shows {@code aws} and that moto still differs, so this list stays true
 * (docs/testkit.md carries the same table).
 *
 * @param aws   text the fake's observation must contain: AWS's behaviour
 * @param moto  what moto does instead, for people
 */
record KnownDifferences(String aws, String moto) {

    static final Map<String, KnownDifferences> ALL = new LinkedHashMap<>();

    private static void add(String step, String aws, String moto) {
        ALL.put(step, new KnownDifferences(aws, moto));
    }

    static {
        add("CreateRole", "maxSession=null", "returns MaxSessionDuration in CreateRole's response; AWS leaves it out");
        add("CreateRole duplicate name in another case", "error:EntityAlreadyExists:Role with name confapp already exists.",
                "treats role names as case-sensitive and creates a second role 'confapp'");
        add("GetRole missing", "error:NoSuchEntity:The role with name NoSuchRole cannot be found.",
                "words it 'Role NoSuchRole not found'");
        add("GetRolePolicy missing", "error:NoSuchEntity:The role policy with name nope cannot be found.",
                "words it 'Policy Document nope not attached to role ConfApp'");
        add("CreatePolicy", "id=ANPA/21", "generates managed policy ids without AWS's ANPA prefix");
        add("GetPolicyVersion document", "encoded=true", "returns the policy version document as plain JSON, not URL-encoded");
        add("Eleventh managed policy", "error:LimitExceeded:Cannot exceed quota for PoliciesPerRole: 10",
                "attaches an eleventh managed policy (no PoliciesPerRole quota)");
        add("DeletePolicy still attached", "error:DeleteConflict:Cannot delete a policy attached to entities.",
                "deletes a managed policy that is still attached");
        add("DeleteRole with inline policies", "error:DeleteConflict:Cannot delete entity, must delete policies first.",
                "still reports attached policies here: the policy it let us delete above stays attached and can no longer be detached");
        add("Trust policy with Resource", "error:MalformedPolicyDocument:Has prohibited field Resource",
                "accepts a trust policy with a Resource element");
        add("Trust policy with another action", "error:MalformedPolicyDocument:AssumeRole policy may only specify STS AssumeRole actions.",
                "accepts a trust policy allowing s3:GetObject");
        add("Identity policy with Principal", "error:MalformedPolicyDocument:Policy document should not specify a principal.",
                "accepts an inline identity policy with a Principal");
        add("Invalid JSON", "error:MalformedPolicyDocument:This policy contains invalid Json",
                "words it 'Syntax errors in policy.'");
        add("Role name too long", "error:ValidationError:", "accepts a 65-character role name");
        add("Trust policy too large", "error:LimitExceeded:Cannot exceed quota for ACLSizePerRole: 2048",
                "accepts a trust policy over the 2,048-character quota");
        add("Permissions boundary reads back with its type", "type=Policy",
                "answers PermissionsBoundaryType 'PermissionsBoundaryPolicy' (the SDK model's enum value); AWS's responses say 'Policy'");
        add("GetRole without a name", "error:ValidationError:1 validation error detected: Value null at 'roleName' failed to satisfy "
                + "constraint: Member must not be null", "answers NoSuchEntity 'Role None not found' (a role named None)");
        add("UpdateRole MaxSessionDuration out of range", "error:ValidationError:", "accepts a MaxSessionDuration of 100 seconds");
        add("GetPolicy missing", "error:NoSuchEntity:Policy arn:aws:iam::123456789012:policy/NoSuch was not found.",
                "words it 'Policy ARN not found'");
        add("ListPolicies Local and AWS scopes", "local=10", "lists 9: the attached policy it let us delete above is gone");
        add("Instance profile listings", "id=AIPA", "generates instance profile ids without AWS's AIPA prefix");
        add("CreatePolicy duplicate name", "error:EntityAlreadyExists:A policy called confpolicy already exists.",
                "treats policy names as case-sensitive and creates a second policy");
        add("AssumeRole not allowed by trust", "error:AccessDenied:User: arn:aws:iam::123456789012:root is not authorized to perform: sts:AssumeRole",
                "does not evaluate trust policies: AssumeRole always succeeds");
        add("AssumeRole duration above the role's maximum",
                "error:ValidationError:The requested DurationSeconds exceeds the MaxSessionDuration set for this role.",
                "does not check DurationSeconds against the role's MaxSessionDuration");
        add("AssumeRole session name too short", "error:ValidationError:", "accepts a one-character RoleSessionName");
        add("AssumeRole missing role", "error:AccessDenied:", "issues credentials for a role that does not exist");
    }
}
