package io.iamkit.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iamkit.IamkitException;
import io.iamkit.Problem;
import io.iamkit.json.PolicyJson;
import io.iamkit.role.ManagedPolicies;
import io.iamkit.role.ManagedPolicy;
import io.iamkit.role.Role;
import io.iamkit.role.Tag;
import io.iamkit.role.Trust;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecJsonTest {

    /** The Properties of an AWS::IAM::Role as the CloudFormation user guide writes them. */
    static final String CLOUDFORMATION_ROLE = """
            {"Roles": [{
              "RoleName": "ecsTaskExecutionRole",
              "Path": "/service-role/",
              "Description": "Pulls images and ships logs",
              "AssumeRolePolicyDocument": {
                "Version": "2012-10-17",
                "Statement": [{"Effect": "Allow", "Principal": {"Service": ["ecs-tasks.amazonaws.com"]},
                               "Action": ["sts:AssumeRole"]}]},
              "ManagedPolicyArns": ["arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"],
              "Policies": [{"PolicyName": "read-secrets",
                            "PolicyDocument": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                              "Action": "secretsmanager:GetSecretValue", "Resource": "arn:${AWS::Partition}:secretsmanager:us-east-1:${AWS::AccountId}:secret:app/*"}]}}],
              "PermissionsBoundary": "arn:aws:iam::111122223333:policy/boundary",
              "MaxSessionDuration": 7200,
              "Tags": [{"Key": "team", "Value": "payments"}]
            }],
            "ManagedPolicies": [{"ManagedPolicyName": "boundary", "Description": "limits", "PolicyDocument":
              {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}}]}
            """;

    @Test
    void grammarProblemsOfALongNamedInlinePolicyPointIntoTheSpec() {
        // Inline policy names may be 128 characters; locations cut names at 80, and the mapping
        // back into the spec once missed every name longer than that.
        String longName = "p".repeat(120);
        Role role = Role.builder("app").trust(Trust.service("ecs-tasks.amazonaws.com").sourceAccount("111122223333"))
                .inline(longName, p -> p.allow("s3:GetObject")).build();
        assertThat(SpecValidation.validate(IamSpec.of(role), "iam.json").errors()).extracting(Problem::location)
                .isNotEmpty().allMatch(l -> l.startsWith("iam.json /Roles/0/Policies/0/PolicyDocument"));
    }

    @Test
    void aSpecWithReadingProblemsAlsoReportsTheGrammarErrorsOfItsCleanEntries() {
        // Every problem in one run: reading stopped the grammar checks of the other roles before.
        String trust = "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", "
                + "\"Principal\": {\"Service\": \"ecs-tasks.amazonaws.com\"}, \"Action\": \"sts:AssumeRole\"}]}";
        String spec = "{\"Roles\": ["
                + "{\"RoleName\": \"ok\", \"Bogus\": 1, \"AssumeRolePolicyDocument\": " + trust + "},"
                + "{\"RoleName\": \"a b\", \"MaxSessionDuration\": 100, \"AssumeRolePolicyDocument\": " + trust + "}],"
                + " \"ManagedPolicies\": [{\"ManagedPolicyName\": \"p\", \"PolicyDocument\": "
                + "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\"}]}}]}";
        assertThatThrownBy(() -> SpecJson.read(io.iamkit.json.Json.parse(spec, "iam.json"), "iam.json"))
                .isInstanceOf(IamkitException.class)
                .satisfies(e -> assertThat(((IamkitException) e).problems()).extracting(Problem::location)
                        .contains("iam.json /Roles/0/Bogus")
                        .anyMatch(l -> l.startsWith("iam.json /Roles/1/RoleName"))
                        .anyMatch(l -> l.startsWith("iam.json /Roles/1/MaxSessionDuration"))
                        .anyMatch(l -> l.startsWith("iam.json /ManagedPolicies/0/PolicyDocument/Statement/0"))
                        .noneMatch(l -> l.startsWith("iam.json /Roles/0/") && !l.equals("iam.json /Roles/0/Bogus")));
    }

    @Test
    void readsCloudFormationPropertiesIntoTheModel() {
        IamSpec spec = SpecJson.read(CLOUDFORMATION_ROLE);
        Role role = spec.roles().get(0);
        assertThat(role.name()).isEqualTo("ecsTaskExecutionRole");
        assertThat(role.path()).isEqualTo("/service-role/");
        assertThat(role.maxSessionDuration()).isEqualTo(Duration.ofHours(2));
        assertThat(role.tags()).containsExactly(Tag.of("team", "payments"));
        assertThat(role.managedPolicyArns()).containsExactly(ManagedPolicies.aws("service-role/AmazonECSTaskExecutionRolePolicy"));
        assertThat(role.inlinePolicy("read-secrets")).isNotNull();
        assertThat(role.trustPolicy().statements().get(0).principal().values("Service")).containsExactly("ecs-tasks.amazonaws.com");
        assertThat(spec.managedPolicies()).extracting(ManagedPolicy::name).containsExactly("boundary");
        assertThat(spec.ownership()).isEqualTo(Ownership.ADDITIVE);
    }

    @Test
    void aWholeCloudFormationResourceIsTakenAsItsProperties() {
        IamSpec spec = SpecJson.read("""
                {"Roles": [{"Type": "AWS::IAM::Role", "DeletionPolicy": "Retain", "Properties": {"RoleName": "r",
                   "AssumeRolePolicyDocument": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                     "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]}}}],
                 "ManagedPolicies": [{"Type": "AWS::IAM::ManagedPolicy", "Properties": {"ManagedPolicyName": "p",
                   "PolicyDocument": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]}}}]}""");
        assertThat(spec.roles()).extracting(Role::name).containsExactly("r");
        assertThat(spec.managedPolicies()).extracting(ManagedPolicy::name).containsExactly("p");
        assertThatThrownBy(() -> SpecJson.read("""
                {"Roles": [{"Type": "AWS::IAM::User", "Properties": {"RoleName": 3}}]}"""))
                .isInstanceOf(IamkitException.class)
                .hasMessageContaining("/Roles/0/Type")
                .hasMessageContaining("/Roles/0/Properties/RoleName");
    }

    @Test
    void specAndDslAreTwoViewsOfOneModel() {
        IamSpec fromDsl = IamSpec.builder()
                .ownership(Ownership.EXCLUSIVE)
                .role(Role.builder("app")
                        .trust(Trust.service("lambda.amazonaws.com").sourceAccount("111122223333"))
                        .inline("logs", p -> p.allow("logs:PutLogEvents").on("*"))
                        .attach(ManagedPolicies.aws("ReadOnlyAccess"))
                        .tag("team", "")
                        .maxSession(Duration.ofHours(3))
                        .description("d")
                        .build(), Ownership.ADDITIVE)
                .deleteRole("old")
                .managedPolicy(ManagedPolicy.builder("p").path("/x/").document(d -> d.deny("s3:*").on("*")).tag("a", "b").build())
                .build();
        String json = SpecJson.write(fromDsl);
        IamSpec back = SpecJson.read(json);
        assertThat(back).isEqualTo(fromDsl);
        assertThat(SpecJson.write(back)).isEqualTo(json);
        assertThat(back.ownershipOf("app")).isEqualTo(Ownership.ADDITIVE);
        assertThat(back.ownershipOf("old")).isEqualTo(Ownership.EXCLUSIVE);
        assertThat(back.isDeleted("old")).isTrue();
    }

    @Test
    void roundTripsTheCloudFormationExample() {
        IamSpec spec = SpecJson.read(CLOUDFORMATION_ROLE);
        assertThat(SpecJson.read(SpecJson.write(spec))).isEqualTo(spec);
    }

    @Test
    void reportsEveryProblemWithItsPointer() {
        assertThatThrownBy(() -> SpecJson.read("""
                {"Roles": [{"Path": "/", "AssumeRolePolicyDocument": {"Statement": []}},
                           {"RoleName": "a", "AssumeRolePolicyDocument": {"Statement": []}, "MaxSessionDuration": "long",
                            "Tags": [{"Key": 1}], "Ownership": "mine", "roleName": "x"},
                           {"RoleName": "A", "AssumeRolePolicyDocument": {"Statement": []}}],
                 "ManagedPolicies": [{"ManagedPolicyName": "p", "Roles": ["a"]}]}"""))
                .isInstanceOf(IamkitException.class)
                .satisfies(e -> assertThat(((IamkitException) e).problems()).extracting(Problem::location).containsExactlyInAnyOrder(
                        "/Roles/0/RoleName",
                        "/Roles/1/roleName",
                        "/Roles/1/MaxSessionDuration",
                        "/Roles/1/Tags/0/Key",
                        "/Roles/1/Ownership",
                        "/Roles/2/RoleName",
                        "/ManagedPolicies/0/Roles",
                        "/ManagedPolicies/0/PolicyDocument"))
                .hasMessageContaining("did you mean \"RoleName\"")
                .hasMessageContaining("declared twice");
    }

    @Test
    void nestedPolicyProblemsCarryTheFullPointer() {
        assertThatThrownBy(() -> SpecJson.read("""
                {"Roles": [{"RoleName": "a", "AssumeRolePolicyDocument": {"Statement": [{"Effect": "Allow", "Action": {"x": 1}}]}}]}"""))
                .isInstanceOf(IamkitException.class)
                .hasMessageContaining("/Roles/0/AssumeRolePolicyDocument/Statement/0/Action");
    }

    @Test
    void rejectsIntrinsicFunctionsWithAHint() {
        assertThatThrownBy(() -> SpecJson.read("""
                {"Roles": [{"RoleName": {"Fn::Sub": "x"}, "AssumeRolePolicyDocument": {"Statement": []}}]}"""))
                .isInstanceOf(IamkitException.class)
                .hasMessageContaining("/Roles/0/RoleName")
                .hasMessageContaining("${AccountId}");
    }

    @Test
    void malformedJsonIsAnIamkitException() {
        assertThatThrownBy(() -> SpecJson.read("{\"Roles\": [")).isInstanceOf(IamkitException.class);
        assertThatThrownBy(() -> SpecJson.read("[]")).isInstanceOf(IamkitException.class).hasMessageContaining("JSON object");
    }

    @Test
    void templatesAreResolvedButPolicyVariablesAreNot() {
        IamSpec spec = SpecJson.read("""
                {"Roles": [{"RoleName": "a",
                  "AssumeRolePolicyDocument": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                     "Principal": {"AWS": "arn:${Partition}:iam::${AccountId}:root"}, "Action": "sts:AssumeRole"}]},
                  "ManagedPolicyArns": ["arn:${AWS::Partition}:iam::${AWS::AccountId}:policy/p"],
                  "Policies": [{"PolicyName": "own", "PolicyDocument": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                     "Action": "s3:*", "Resource": "arn:aws:s3:::b/${aws:username}/*"}]}}]}]}""");
        assertThat(SpecTemplates.uses(spec)).isTrue();
        IamSpec resolved = SpecTemplates.resolve(spec, "123456789012", "aws-cn");
        Role role = resolved.roles().get(0);
        assertThat(role.managedPolicyArns()).containsExactly("arn:aws-cn:iam::123456789012:policy/p");
        assertThat(PolicyJson.write(role.trustPolicy())).contains("arn:aws-cn:iam::123456789012:root");
        assertThat(PolicyJson.write(role.inlinePolicy("own").document())).contains("${aws:username}");
        assertThat(SpecTemplates.uses(resolved)).isFalse();
    }

    @Test
    void validationLocatesIamsRulesByPointerIntoTheSpec() {
        IamSpec spec = SpecJson.read("""
                {"Roles": [
                  {"RoleName": "ok", "AssumeRolePolicyDocument": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                     "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]}},
                  {"RoleName": "bad", "MaxSessionDuration": 100000,
                   "AssumeRolePolicyDocument": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                     "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole", "Resource": "*"}]},
                   "Policies": [{"PolicyName": "a", "PolicyDocument": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}},
                                {"PolicyName": "b", "PolicyDocument": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject"}]}}]},
                  {"RoleName": "gone", "Delete": true}],
                 "ManagedPolicies": [{"ManagedPolicyName": "p", "PolicyDocument": {"Version": "2012-10-17",
                     "Statement": [{"Effect": "Maybe", "Action": "s3:*", "Resource": "arn:${Partition}:s3:::b"}]}}]}""");

        var result = SpecValidation.validate(spec, "iam.json");

        assertThat(result.isValid()).isFalse();
        assertThat(result.errors()).extracting(Problem::location).contains(
                "iam.json /Roles/1/MaxSessionDuration",
                "iam.json /Roles/1/Policies/1/PolicyDocument/Statement/0")
                .anyMatch(l -> l.startsWith("iam.json /Roles/1/AssumeRolePolicyDocument/Statement/0"))
                .anyMatch(l -> l.startsWith("iam.json /ManagedPolicies/0/PolicyDocument/Statement/0"))
                .noneMatch(l -> l.contains("/Roles/0/") || l.contains("/Roles/2"));
    }

    @Test
    void readsFilesAndNamesThemInProblems(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("spec.json");
        Files.writeString(file, "{\"Roles\": [{\"RoleName\": 5}]}");
        assertThatThrownBy(() -> SpecJson.read(file)).isInstanceOf(IamkitException.class)
                .hasMessageContaining(file + " /Roles/0/RoleName");
        assertThatThrownBy(() -> SpecJson.read(dir.resolve("missing.json"))).isInstanceOf(IamkitException.class)
                .hasMessageContaining("cannot read");
    }
}
