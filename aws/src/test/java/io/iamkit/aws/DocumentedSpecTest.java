package io.iamkit.aws;

import static org.assertj.core.api.Assertions.assertThat;

import io.iamkit.spec.IamSpec;
import io.iamkit.spec.Ownership;
import io.iamkit.spec.SpecJson;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's full spec example (examples/specs/full-example.json, copied to test resources)
 * applies, and re-applies with no writes.
 */
class DocumentedSpecTest {

    @Test
    void theDocumentedExampleAppliesAndSettles() throws Exception {
        IamSpec spec = SpecJson.read(Path.of(getClass().getResource("/specs/full-example.json").toURI()));
        assertThat(spec.ownershipOf("app")).isEqualTo(Ownership.EXCLUSIVE);
        assertThat(spec.isDeleted("old-app")).isTrue();
        FakeAccount account = new FakeAccount();

        ApplyResult first = account.applier().apply(spec);
        ApplyResult second = account.applier().apply(spec);

        assertThat(first.done()).extracting(Change::operation)
                .containsExactly("CreatePolicy", "CreateRole", "AttachRolePolicy", "AttachRolePolicy", "PutRolePolicy");
        assertThat(first.notes()).extracting(Note::kind).containsExactly(Note.Kind.ALREADY_ABSENT);
        assertThat(second.writes()).isZero();
        // app: GetRole + 2 lists + 1 GetRolePolicy; old-app: GetRole; the policy: GetPolicy + GetPolicyVersion.
        assertThat(second.reads()).isEqualTo(4 + 1 + 2);
        var role = account.fake.iam().getRole(b -> b.roleName("app")).role();
        assertThat(role.assumeRolePolicyDocument()).contains("123456789012");
    }
}
