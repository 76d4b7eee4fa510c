package io.iamkit.testkit.conformance;

import io.iamkit.json.PercentEncoding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AttachedPolicy;
import software.amazon.awssdk.services.iam.model.PolicyVersion;
import software.amazon.awssdk.services.iam.model.Role;
import software.amazon.awssdk.services.iam.model.SummaryKeyType;
import software.amazon.awssdk.services.iam.model.Tag;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * The scripted IAM and STS calls the conformance suite runs against every target. Each step makes
 * one or a few calls and reduces the answer to an observation: the facts that must agree (shapes,
 * prefixes, counts, decoded documents) or {@code error:CODE} / {@code error:CODE:MESSAGE}.
 * Observations leave out what legitimately differs between targets (generated ids, dates).
 */
final class ConformanceScript {

    static final String ACCOUNT = "123456789012";
    static final String ECS_POLICY = "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy";
    static final String SERVICE_TRUST = "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", "
            + "\"Principal\": {\"Service\": \"ecs-tasks.amazonaws.com\"}, \"Action\": \"sts:AssumeRole\"}]}";
    static final String ACCOUNT_TRUST = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"AWS\":\"arn:aws:iam::" + ACCOUNT + ":root\"},\"Action\":\"sts:AssumeRole\"}]}";
    static final String READ = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::b/*\"}]}";

    record Clients(IamClient iam, StsClient sts) {
    }

    record Step(String name, Function<Clients, String> run) {
    }

    private ConformanceScript() {
    }

    static List<Step> steps() {
        List<Step> s = new ArrayList<>();
        s.add(new Step("CreateRole", c -> {
            Role r = c.iam().createRole(b -> b.roleName("ConfApp").path("/svc/").assumeRolePolicyDocument(SERVICE_TRUST)
                    .description("conformance").tags(Tag.builder().key("team").value("pay").build())).role();
            return "arn=" + r.arn() + " id=" + r.roleId().substring(0, 4) + "/" + r.roleId().length()
                    + " maxSession=" + r.maxSessionDuration() + " doc=" + decode(r.assumeRolePolicyDocument()).equals(SERVICE_TRUST);
        }));
        s.add(new Step("CreateRole duplicate name in another case", c -> {
            String outcome = call(() -> c.iam().createRole(b -> b.roleName("confapp").assumeRolePolicyDocument(SERVICE_TRUST)));
            if (outcome.equals("ok")) {
                // A lenient target made a second role; remove it so later steps see the same state everywhere.
                c.iam().deleteRole(b -> b.roleName("confapp"));
            }
            return outcome;
        }));
        s.add(new Step("GetRole", c -> {
            Role r = c.iam().getRole(b -> b.roleName("ConfApp")).role();
            return "name=" + r.roleName() + " maxSession=" + r.maxSessionDuration() + " description=" + r.description()
                    + " tags=" + r.tags().size() + " encoded=" + r.assumeRolePolicyDocument().startsWith("%7B")
                    + " doc=" + decode(r.assumeRolePolicyDocument()).equals(SERVICE_TRUST);
        }));
        s.add(new Step("GetRole missing", c -> call(() -> c.iam().getRole(b -> b.roleName("NoSuchRole")))));
        s.add(new Step("ListRoles omits tags and boundary", c -> {
            List<Role> roles = c.iam().listRoles().roles();
            return "names=" + roles.stream().map(Role::roleName).sorted().toList()
                    + " tags=" + roles.stream().anyMatch(Role::hasTags)
                    + " lastUsed=" + roles.stream().anyMatch(r -> r.roleLastUsed() != null);
        }));
        s.add(new Step("ListRoles paginates", c -> {
            c.iam().createRole(b -> b.roleName("ConfOther").assumeRolePolicyDocument(SERVICE_TRUST));
            var first = c.iam().listRoles(b -> b.maxItems(1));
            long all = c.iam().listRolesPaginator(b -> b.maxItems(1)).roles().stream().count();
            return "firstPage=" + first.roles().size() + " truncated=" + first.isTruncated() + " all=" + all;
        }));
        s.add(new Step("PutRolePolicy and GetRolePolicy", c -> {
            c.iam().putRolePolicy(b -> b.roleName("ConfApp").policyName("read").policyDocument(READ));
            String doc = c.iam().getRolePolicy(b -> b.roleName("ConfApp").policyName("read")).policyDocument();
            return "encoded=" + doc.startsWith("%7B") + " doc=" + decode(doc).equals(READ)
                    + " names=" + c.iam().listRolePolicies(b -> b.roleName("ConfApp")).policyNames();
        }));
        s.add(new Step("GetRolePolicy missing", c -> call(() -> c.iam().getRolePolicy(b -> b.roleName("ConfApp").policyName("nope")))));
        s.add(new Step("CreatePolicy", c -> {
            var p = c.iam().createPolicy(b -> b.policyName("ConfPolicy").policyDocument(READ)).policy();
            return "arn=" + p.arn() + " id=" + p.policyId().substring(0, 4) + "/" + p.policyId().length() + " default=" + p.defaultVersionId();
        }));
        s.add(new Step("Five policy versions, then LimitExceeded", c -> {
            String arn = "arn:aws:iam::" + ACCOUNT + ":policy/ConfPolicy";
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                ids.add(c.iam().createPolicyVersion(b -> b.policyArn(arn).policyDocument(READ).setAsDefault(true)).policyVersion().versionId());
            }
            String sixth = call(() -> c.iam().createPolicyVersion(b -> b.policyArn(arn).policyDocument(READ)));
            List<String> defaults = c.iam().listPolicyVersions(b -> b.policyArn(arn)).versions().stream()
                    .filter(PolicyVersion::isDefaultVersion).map(PolicyVersion::versionId).toList();
            return "created=" + ids + " sixth=" + sixth + " defaults=" + defaults;
        }));
        s.add(new Step("DeletePolicyVersion default", c -> call(() -> c.iam().deletePolicyVersion(b -> b
                .policyArn("arn:aws:iam::" + ACCOUNT + ":policy/ConfPolicy").versionId("v5")))));
        s.add(new Step("GetPolicyVersion document", c -> {
            String doc = c.iam().getPolicyVersion(b -> b.policyArn("arn:aws:iam::" + ACCOUNT + ":policy/ConfPolicy").versionId("v5"))
                    .policyVersion().document();
            return "encoded=" + doc.startsWith("%7B") + " doc=" + decode(doc).equals(READ);
        }));
        s.add(new Step("Attach AWS managed policy", c -> {
            c.iam().attachRolePolicy(b -> b.roleName("ConfApp").policyArn(ECS_POLICY));
            c.iam().attachRolePolicy(b -> b.roleName("ConfApp").policyArn("arn:aws:iam::" + ACCOUNT + ":policy/ConfPolicy"));
            return "attached=" + c.iam().listAttachedRolePolicies(b -> b.roleName("ConfApp")).attachedPolicies().stream()
                    .map(AttachedPolicy::policyName).sorted().toList()
                    + " count=" + c.iam().getPolicy(b -> b.policyArn(ECS_POLICY)).policy().attachmentCount();
        }));
        s.add(new Step("Attach missing policy", c -> call(() -> c.iam().attachRolePolicy(b -> b.roleName("ConfApp")
                .policyArn("arn:aws:iam::" + ACCOUNT + ":policy/Missing")))));
        s.add(new Step("Detach policy not attached", c -> call(() -> c.iam().detachRolePolicy(b -> b.roleName("ConfOther")
                .policyArn(ECS_POLICY)))));
        s.add(new Step("Eleventh managed policy", c -> {
            String last = "";
            for (int i = 0; i < 9; i++) {
                int n = i;
                String arn = c.iam().createPolicy(b -> b.policyName("ConfP" + n).policyDocument(READ)).policy().arn();
                last = call(() -> c.iam().attachRolePolicy(b -> b.roleName("ConfApp").policyArn(arn)));
            }
            return "last=" + last;
        }));
        s.add(new Step("DeleteRole with instance profile", c -> {
            c.iam().createInstanceProfile(b -> b.instanceProfileName("ConfProfile"));
            c.iam().addRoleToInstanceProfile(b -> b.instanceProfileName("ConfProfile").roleName("ConfApp"));
            return call(() -> c.iam().deleteRole(b -> b.roleName("ConfApp")));
        }));
        s.add(new Step("Second role in an instance profile", c -> call(() -> c.iam().addRoleToInstanceProfile(b -> b
                .instanceProfileName("ConfProfile").roleName("ConfOther")))));
        s.add(new Step("Same role in an instance profile again", c -> call(() -> c.iam().addRoleToInstanceProfile(b -> b
                .instanceProfileName("ConfProfile").roleName("ConfApp")))));
        s.add(new Step("GetRole without a name", c -> call(() -> c.iam().getRole(b -> { }))));
        s.add(new Step("DeleteRole with managed policies", c -> {
            c.iam().removeRoleFromInstanceProfile(b -> b.instanceProfileName("ConfProfile").roleName("ConfApp"));
            return call(() -> c.iam().deleteRole(b -> b.roleName("ConfApp")));
        }));
        s.add(new Step("DeletePolicy still attached", c -> call(() -> c.iam().deletePolicy(b -> b
                .policyArn("arn:aws:iam::" + ACCOUNT + ":policy/ConfP0")))));
        s.add(new Step("DeleteRole with inline policies", c -> {
            c.iam().listAttachedRolePolicies(b -> b.roleName("ConfApp")).attachedPolicies()
                    .forEach(a -> call(() -> c.iam().detachRolePolicy(b -> b.roleName("ConfApp").policyArn(a.policyArn()))));
            return call(() -> c.iam().deleteRole(b -> b.roleName("ConfApp")));
        }));
        s.add(new Step("Trust policy with Resource", c -> call(() -> c.iam().createRole(b -> b.roleName("ConfBad1")
                .assumeRolePolicyDocument(SERVICE_TRUST.replace("\"Action\"", "\"Resource\": \"*\", \"Action\"")))) ));
        s.add(new Step("Trust policy with another action", c -> call(() -> c.iam().createRole(b -> b.roleName("ConfBad2")
                .assumeRolePolicyDocument(SERVICE_TRUST.replace("sts:AssumeRole", "s3:GetObject"))))));
        s.add(new Step("Identity policy with Principal", c -> call(() -> c.iam().putRolePolicy(b -> b.roleName("ConfOther")
                .policyName("withPrincipal").policyDocument(READ.replace("\"Action\"", "\"Principal\":\"*\",\"Action\""))))));
        s.add(new Step("Invalid JSON", c -> call(() -> c.iam().putRolePolicy(b -> b.roleName("ConfOther").policyName("badJson")
                .policyDocument("{\"Version\": ")))));
        s.add(new Step("Role name too long", c -> call(() -> c.iam().createRole(b -> b.roleName("x".repeat(65))
                .assumeRolePolicyDocument(SERVICE_TRUST)))));
        s.add(new Step("Duplicate tag keys ignoring case", c -> call(() -> c.iam().tagRole(b -> b.roleName("ConfOther")
                .tags(Tag.builder().key("Env").value("a").build(), Tag.builder().key("env").value("b").build())))));
        s.add(new Step("Trust policy too large", c -> call(() -> c.iam().createRole(b -> b.roleName("ConfBig")
                .assumeRolePolicyDocument(SERVICE_TRUST.replace("\"Effect\"", "\"Sid\": \"" + "S".repeat(2100) + "\", \"Effect\""))))));
        s.add(new Step("Permissions boundary reads back with its type", c -> {
            c.iam().putRolePermissionsBoundary(b -> b.roleName("ConfOther").permissionsBoundary(ECS_POLICY));
            var pb = c.iam().getRole(b -> b.roleName("ConfOther")).role().permissionsBoundary();
            boolean listed = c.iam().listRoles().roles().stream().anyMatch(r -> r.permissionsBoundary() != null);
            c.iam().deleteRolePermissionsBoundary(b -> b.roleName("ConfOther"));
            return "arn=" + pb.permissionsBoundaryArn() + " type=" + pb.permissionsBoundaryTypeAsString() + " inList=" + listed
                    + " after=" + c.iam().getRole(b -> b.roleName("ConfOther")).role().permissionsBoundary();
        }));
        s.add(new Step("UpdateRole and UpdateRoleDescription", c -> {
            c.iam().updateRole(b -> b.roleName("ConfOther").maxSessionDuration(7200).description("d1"));
            String d = c.iam().updateRoleDescription(b -> b.roleName("ConfOther").description("d2")).role().description();
            Role r = c.iam().getRole(b -> b.roleName("ConfOther")).role();
            return "returned=" + d + " maxSession=" + r.maxSessionDuration() + " description=" + r.description();
        }));
        s.add(new Step("UpdateRole MaxSessionDuration out of range", c -> call(() -> c.iam().updateRole(b -> b.roleName("ConfOther")
                .maxSessionDuration(100)))));
        s.add(new Step("UpdateAssumeRolePolicy round trip", c -> {
            String other = SERVICE_TRUST.replace("ecs-tasks", "lambda");
            c.iam().updateAssumeRolePolicy(b -> b.roleName("ConfOther").policyDocument(other));
            return "doc=" + decode(c.iam().getRole(b -> b.roleName("ConfOther")).role().assumeRolePolicyDocument()).equals(other);
        }));
        s.add(new Step("Role tags merge and untag ignoring absent keys", c -> {
            c.iam().tagRole(b -> b.roleName("ConfOther").tags(Tag.builder().key("a").value("1").build(), Tag.builder().key("b").value("2").build()));
            c.iam().tagRole(b -> b.roleName("ConfOther").tags(Tag.builder().key("a").value("3").build()));
            c.iam().untagRole(b -> b.roleName("ConfOther").tagKeys("b", "zz"));
            return "tags=" + c.iam().listRoleTags(b -> b.roleName("ConfOther")).tags().stream().map(t -> t.key() + "=" + t.value()).sorted().toList();
        }));
        s.add(new Step("Policy tags", c -> {
            String arn = "arn:aws:iam::" + ACCOUNT + ":policy/ConfPolicy";
            c.iam().tagPolicy(b -> b.policyArn(arn).tags(Tag.builder().key("k").value("v").build()));
            String before = c.iam().listPolicyTags(b -> b.policyArn(arn)).tags().toString();
            c.iam().untagPolicy(b -> b.policyArn(arn).tagKeys("k"));
            return "before=" + before.contains("Key=k") + " after=" + c.iam().listPolicyTags(b -> b.policyArn(arn)).tags().size();
        }));
        s.add(new Step("GetPolicy missing", c -> call(() -> c.iam().getPolicy(b -> b.policyArn("arn:aws:iam::" + ACCOUNT + ":policy/NoSuch")))));
        s.add(new Step("ListPolicies Local and AWS scopes", c -> {
            long local = c.iam().listPoliciesPaginator(b -> b.scope("Local")).policies().stream().count();
            boolean awsHasEcs = c.iam().listPoliciesPaginator(b -> b.scope("AWS").pathPrefix("/service-role/")).policies().stream()
                    .anyMatch(p -> p.arn().equals(ECS_POLICY));
            return "local=" + local + " awsHasEcs=" + awsHasEcs;
        }));
        s.add(new Step("ListEntitiesForPolicy", c -> {
            c.iam().attachRolePolicy(b -> b.roleName("ConfOther").policyArn(ECS_POLICY));
            var r = c.iam().listEntitiesForPolicy(b -> b.policyArn(ECS_POLICY));
            c.iam().detachRolePolicy(b -> b.roleName("ConfOther").policyArn(ECS_POLICY));
            return "roles=" + r.policyRoles().stream().map(x -> x.roleName()).sorted().toList() + " users=" + r.policyUsers().size();
        }));
        s.add(new Step("Instance profile listings", c -> {
            c.iam().addRoleToInstanceProfile(b -> b.instanceProfileName("ConfProfile").roleName("ConfOther"));
            var forRole = c.iam().listInstanceProfilesForRole(b -> b.roleName("ConfOther")).instanceProfiles();
            var got = c.iam().getInstanceProfile(b -> b.instanceProfileName("ConfProfile")).instanceProfile();
            return "forRole=" + forRole.size() + " id=" + got.instanceProfileId().substring(0, 4) + " roles="
                    + got.roles().stream().map(Role::roleName).toList() + " arn=" + got.arn();
        }));
        s.add(new Step("DeleteInstanceProfile with a role", c -> call(() -> c.iam().deleteInstanceProfile(b -> b
                .instanceProfileName("ConfProfile")))));
        s.add(new Step("DeleteRolePolicy missing", c -> call(() -> c.iam().deleteRolePolicy(b -> b.roleName("ConfOther").policyName("nope")))));
        s.add(new Step("CreatePolicy duplicate name", c -> call(() -> c.iam().createPolicy(b -> b.policyName("confpolicy").policyDocument(READ)))));
        s.add(new Step("GetAccountSummary quotas", c -> {
            Map<SummaryKeyType, Integer> m = c.iam().getAccountSummary().summaryMap();
            Map<String, Integer> picked = new LinkedHashMap<>();
            for (SummaryKeyType k : List.of(SummaryKeyType.ATTACHED_POLICIES_PER_ROLE_QUOTA, SummaryKeyType.ASSUME_ROLE_POLICY_SIZE_QUOTA,
                    SummaryKeyType.ROLE_POLICY_SIZE_QUOTA, SummaryKeyType.POLICY_SIZE_QUOTA, SummaryKeyType.VERSIONS_PER_POLICY_QUOTA)) {
                picked.put(k.toString(), m.get(k));
            }
            return picked.toString();
        }));
        s.add(new Step("GetCallerIdentity", c -> "account=" + c.sts().getCallerIdentity().account()));
        s.add(new Step("AssumeRole allowed by trust", c -> {
            c.iam().createRole(b -> b.roleName("ConfAssumable").assumeRolePolicyDocument(ACCOUNT_TRUST).maxSessionDuration(3600));
            var r = c.sts().assumeRole(b -> b.roleArn("arn:aws:iam::" + ACCOUNT + ":role/ConfAssumable").roleSessionName("conf-session"));
            return "key=" + r.credentials().accessKeyId().substring(0, 4) + "/" + r.credentials().accessKeyId().length()
                    + " secret=" + r.credentials().secretAccessKey().length()
                    + " arn=" + r.assumedRoleUser().arn()
                    + " idSuffix=" + r.assumedRoleUser().assumedRoleId().endsWith(":conf-session")
                    + " idPrefix=" + r.assumedRoleUser().assumedRoleId().substring(0, 4);
        }));
        s.add(new Step("AssumeRole not allowed by trust", c -> call(() -> c.sts().assumeRole(b -> b
                .roleArn("arn:aws:iam::" + ACCOUNT + ":role/ConfOther").roleSessionName("nope")))));
        s.add(new Step("AssumeRole duration above the role's maximum", c -> call(() -> c.sts().assumeRole(b -> b
                .roleArn("arn:aws:iam::" + ACCOUNT + ":role/ConfAssumable").roleSessionName("long").durationSeconds(7200)))));
        s.add(new Step("AssumeRole session name too short", c -> call(() -> c.sts().assumeRole(b -> b
                .roleArn("arn:aws:iam::" + ACCOUNT + ":role/ConfAssumable").roleSessionName("x")))));
        s.add(new Step("AssumeRole missing role", c -> call(() -> c.sts().assumeRole(b -> b
                .roleArn("arn:aws:iam::" + ACCOUNT + ":role/NoSuchRole").roleSessionName("s1")))));
        return s;
    }

    static String decode(String doc) {
        return PercentEncoding.looksEncoded(doc) ? PercentEncoding.decode(doc) : doc;
    }

    /** {@code ok}, or {@code error:CODE:MESSAGE}. */
    static String call(Runnable r) {
        try {
            r.run();
            return "ok";
        } catch (AwsServiceException e) {
            return "error:" + e.awsErrorDetails().errorCode() + ":" + e.awsErrorDetails().errorMessage();
        }
    }

    /** Runs every step, recording each observation; a step that throws unexpectedly records the exception. */
    static Map<String, String> run(Clients clients) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Step step : steps()) {
            String observed;
            try {
                observed = step.run().apply(clients);
            } catch (AwsServiceException e) {
                observed = "unexpected error:" + e.awsErrorDetails().errorCode() + ":" + e.awsErrorDetails().errorMessage();
            } catch (RuntimeException e) {
                observed = "unexpected " + e;
            }
            out.put(step.name(), observed);
        }
        return out;
    }
}
