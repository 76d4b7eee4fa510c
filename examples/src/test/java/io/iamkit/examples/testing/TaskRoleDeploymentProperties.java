package io.iamkit.examples.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.iamkit.eval.Decision;
import io.iamkit.eval.RoleSimulator;
import io.iamkit.examples.MicroservicesExample;
import io.iamkit.testkit.FakeIam;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Example 5, to copy: property-based tests of infrastructure code with jqwik. A fake per try is
 * cheap (microseconds), so a property can deploy hundreds of random service sets.
 */
class TaskRoleDeploymentProperties {

    @Provide
    Arbitrary<Set<String>> services() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12).set().ofMinSize(1).ofMaxSize(5);
    }

    @Property(tries = 50)
    void redeployingAnySetOfServicesWritesNothing(@ForAll("services") Set<String> services) {
        FakeIam fake = FakeIam.create();
        for (String s : services) {
            TaskRoleDeploymentTest.deploy(fake.iam(), fake.sts(), s);
        }
        long writes = fake.callLog().writes();
        for (String s : services) {
            TaskRoleDeploymentTest.deploy(fake.iam(), fake.sts(), s);
        }
        assertThat(fake.callLog().writes()).isEqualTo(writes);
        assertThat(fake.iam().listRoles().roles()).hasSize(services.size());
    }

    @Property(tries = 100)
    void noServiceReadsAnotherServicesSecrets(@ForAll("services") Set<String> services, @ForAll("services") Set<String> others) {
        for (String service : services) {
            RoleSimulator sim = RoleSimulator.of(MicroservicesExample.taskRole(service, "111122223333", "us-east-1"), "111122223333");
            for (String other : others) {
                Decision d = sim.request("secretsmanager:GetSecretValue",
                        "arn:aws:secretsmanager:us-east-1:111122223333:secret:" + other + "/db").decision();
                assertThat(d == Decision.ALLOWED).as("%s reads %s's secret", service, other).isEqualTo(other.equals(service));
            }
        }
    }
}
