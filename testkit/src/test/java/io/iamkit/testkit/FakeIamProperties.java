package io.iamkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.iamkit.eval.EvaluationRequest;
import io.iamkit.eval.PolicyEvaluator;
import io.iamkit.eval.PolicySet;
import io.iamkit.json.PercentEncoding;
import io.iamkit.json.PolicyJson;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.role.Role;
import io.iamkit.testkit.arbitraries.HostileArbitraries;
import io.iamkit.testkit.arbitraries.PolicyArbitraries;
import io.iamkit.testkit.arbitraries.RoleArbitraries;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeTry;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.iam.IamClient;

class FakeIamProperties {

    static final String TRUST = FakeIamRolesTest.TRUST;

    IamClient iam;

    @BeforeTry
    void freshFake() {
        iam = FakeIam.builder().clock(MutableClock.fixed()).build().iam();
        iam.createRole(r -> r.roleName("app").assumeRolePolicyDocument(TRUST));
    }

    @Property(tries = 200)
    void generatedIdentityPoliciesAreAcceptedAndReadBackExactly(@ForAll("identity") PolicyDocument doc) {
        String text = PolicyJson.writePretty(doc);
        iam.putRolePolicy(r -> r.roleName("app").policyName("p").policyDocument(text));
        String back = iam.getRolePolicy(r -> r.roleName("app").policyName("p")).policyDocument();
        assertThat(PercentEncoding.decode(back)).isEqualTo(text);
        assertThat(PolicyJson.read(back)).isEqualTo(doc);
    }

    @Property(tries = 100)
    void generatedRolesAreCreatedWithTheirTrustInlinePoliciesAndTags(@ForAll("roles") Role role) {
        String name = role.name();
        var created = iam.createRole(r -> r.roleName(name).path(role.path()).assumeRolePolicyDocument(PolicyJson.write(role.trustPolicy()))
                .maxSessionDuration((int) role.maxSessionDuration().toSeconds())
                .tags(role.tags().stream().map(t -> software.amazon.awssdk.services.iam.model.Tag.builder().key(t.key()).value(t.value()).build()).toList()));
        role.inlinePolicies().forEach(p -> iam.putRolePolicy(r -> r.roleName(name).policyName(p.name()).policyDocument(PolicyJson.write(p.document()))));
        var got = iam.getRole(r -> r.roleName(name.toUpperCase(java.util.Locale.ROOT))).role();
        assertThat(got.arn()).isEqualTo(created.role().arn()).endsWith(role.path() + name);
        assertThat(PolicyJson.read(got.assumeRolePolicyDocument())).isEqualTo(role.trustPolicy());
        assertThat(got.maxSessionDuration()).isEqualTo((int) role.maxSessionDuration().toSeconds());
        assertThat(iam.listRolePolicies(r -> r.roleName(name)).policyNames()).hasSize(role.inlinePolicies().size());
        assertThat(got.tags()).hasSize(role.tags().size());
    }

    @Property(tries = 200)
    void hostileDocumentsGetAnAwsErrorNeverAnythingElse(@ForAll("hostileTexts") String text) {
        try {
            iam.putRolePolicy(r -> r.roleName("app").policyName("p").policyDocument(text));
        } catch (AwsServiceException e) {
            assertThat(e.awsErrorDetails().errorCode()).isIn("MalformedPolicyDocument", "ValidationError", "LimitExceeded");
        }
    }

    @Property(tries = 100)
    void documentsIamRejectsAreMalformedOrAcceptedButNeverCrash(@ForAll("invalidIdentity") PolicyDocument doc) {
        try {
            iam.putRolePolicy(r -> r.roleName("app").policyName("p").policyDocument(PolicyJson.write(doc)));
        } catch (AwsServiceException e) {
            assertThat(e.awsErrorDetails().errorCode()).isIn("MalformedPolicyDocument", "LimitExceeded");
        }
    }

    @Property(tries = 100)
    void invalidRoleNamesAreValidationErrors(@ForAll("invalidNames") String name) {
        try {
            iam.createRole(r -> r.roleName(name).assumeRolePolicyDocument(TRUST));
            throw new AssertionError("accepted " + name);
        } catch (AwsServiceException e) {
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationError");
        }
    }

    @Property(tries = 200)
    void simulateCustomPolicyAgreesWithTheEngine(@ForAll("identity") PolicyDocument doc, @ForAll("requests") EvaluationRequest request) {
        var results = iam.simulateCustomPolicy(r -> r.policyInputList(PolicyJson.write(doc)).actionNames(request.action())
                .resourceArns(request.resource()).callerArn(request.principal())
                .contextEntries(request.context().entrySet().stream().map(e -> software.amazon.awssdk.services.iam.model.ContextEntry.builder()
                        .contextKeyName(e.getKey()).contextKeyValues(e.getValue()).build()).toList())).evaluationResults();
        String expected = switch (PolicyEvaluator.evaluate(request, PolicySet.of(doc)).decision()) {
            case ALLOWED -> "allowed";
            case EXPLICITLY_DENIED -> "explicitDeny";
            case IMPLICITLY_DENIED -> "implicitDeny";
        };
        assertThat(results).singleElement().satisfies(r -> assertThat(r.evalDecisionAsString()).isEqualTo(expected));
        assertThat(Set.of("allowed", "explicitDeny", "implicitDeny")).contains(expected);
    }

    @Provide
    Arbitrary<PolicyDocument> identity() {
        return PolicyArbitraries.identityPolicies();
    }

    @Provide
    Arbitrary<Role> roles() {
        return RoleArbitraries.roles();
    }

    @Provide
    Arbitrary<String> hostileTexts() {
        return HostileArbitraries.policyTexts();
    }

    @Provide
    Arbitrary<PolicyDocument> invalidIdentity() {
        return HostileArbitraries.invalidIdentityPolicies();
    }

    @Provide
    Arbitrary<String> invalidNames() {
        return RoleArbitraries.invalidRoleNames();
    }

    @Provide
    Arbitrary<EvaluationRequest> requests() {
        return RoleArbitraries.evaluationRequests();
    }
}
