package io.iamkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.iamkit.policy.Condition;
import io.iamkit.policy.PolicyArbitraries;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Writing and reading back loses nothing, in every form iamkit writes and IAM returns. The one
 * reordering is JSON's own: conditions come back grouped under their operator, as JSON nests them.
 */
class PolicyJsonProperties {

    /** {@code doc} with each statement's conditions grouped by operator, in order of first appearance. */
    static PolicyDocument asJsonGroupsIt(PolicyDocument doc) {
        List<Statement> statements = new ArrayList<>();
        for (Statement s : doc.statements()) {
            Map<String, List<Condition>> byOperator = new LinkedHashMap<>();
            s.conditions().forEach(c -> byOperator.computeIfAbsent(c.operator().text(), k -> new ArrayList<>()).add(c));
            List<Condition> grouped = byOperator.values().stream().flatMap(List::stream).toList();
            statements.add(s.toBuilder().clearConditions().conditions(grouped).build());
        }
        return new PolicyDocument(doc.version(), doc.id(), statements);
    }

    @Provide
    Arbitrary<PolicyDocument> documents() {
        return PolicyArbitraries.documents();
    }

    @Property(tries = 200)
    void compactWriteThenReadIsIdentity(@ForAll("documents") PolicyDocument doc) {
        assertThat(PolicyJson.read(PolicyJson.write(doc))).isEqualTo(asJsonGroupsIt(doc));
    }

    @Property(tries = 200)
    void prettyWriteThenReadIsIdentityAndSizeIgnoresTheIndentation(@ForAll("documents") PolicyDocument doc) {
        String pretty = PolicyJson.writePretty(doc);
        assertThat(PolicyJson.read(pretty)).isEqualTo(asJsonGroupsIt(doc));
        String compact = PolicyJson.write(doc);
        if (!compact.contains(" ") && !compact.contains("\\t")) {
            // Whitespace inside strings counts; only compare when the document has none.
            assertThat(PolicyJson.size(pretty)).isEqualTo(PolicyJson.size(compact)).isEqualTo(compact.length());
        }
    }

    @Property(tries = 200)
    void urlEncodedAsGetRoleReturnsItReadsTheSame(@ForAll("documents") PolicyDocument doc) {
        assertThat(PolicyJson.read(PercentEncoding.encode(PolicyJson.write(doc)))).isEqualTo(asJsonGroupsIt(doc));
    }

    @Property(tries = 200)
    void writingIsDeterministic(@ForAll("documents") PolicyDocument doc) {
        String once = PolicyJson.write(doc);
        assertThat(PolicyJson.write(PolicyJson.read(once))).isEqualTo(once);
        assertThat(once).startsWith(doc.version() == null ? "{" : "{\"Version\":");
    }
}
