package io.iamkit.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iamkit.Problem;
import io.iamkit.json.PolicyJson;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.PolicyEquivalence;
import io.iamkit.validate.PolicyKind;
import io.iamkit.validate.PolicyValidator;
import io.iamkit.validate.Quotas;
import io.iamkit.validate.ValidationResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The proof over real documents: every AWS managed policy, from the bundled export's raw JSON text,
 * parses, writes canonically, parses back to an equal and equivalent document, and has its size
 * measured as IAM counts it.
 */
class AwsManagedPoliciesTest {

    private static final int EXPECTED_COUNT = 1485;

    private record Raw(String name, String arn, String text) {
    }

    private static List<Raw> raw;

    @BeforeAll
    static void loadRawExport() throws IOException {
        try (InputStream in = new GZIPInputStream(AwsManagedPolicies.class.getResourceAsStream("aws-managed-policies.json.gz"))) {
            ObjectMapper plain = new ObjectMapper();
            JsonNode root = plain.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            raw = new ArrayList<>();
            for (JsonNode n : root) {
                raw.add(new Raw(n.path("PolicyName").asText(), n.path("Arn").asText(), plain.writerWithDefaultPrettyPrinter()
                        .writeValueAsString(n.get("Document"))));
            }
        }
    }

    @Test
    void all1485ParseRoundTripAndAreMeasured() {
        assertThat(raw).hasSize(EXPECTED_COUNT);
        int roundTripped = 0;
        int largest = 0;
        String largestName = "";
        long totalSize = 0;
        for (Raw r : raw) {
            PolicyDocument read = PolicyJson.read(r.text(), "aws managed policy " + r.name());
            String written = PolicyJson.write(read);
            PolicyDocument reread = PolicyJson.read(written);
            assertThat(reread).as(r.name()).isEqualTo(read);
            assertThat(PolicyEquivalence.equivalent(read, reread)).as(r.name()).isTrue();
            assertThat(PolicyJson.write(reread)).as("canonical writing is stable: " + r.name()).isEqualTo(written);
            int size = PolicyJson.size(r.text());
            assertThat(size).as("whitespace does not count: pretty and compact forms of " + r.name() + " have one size")
                    .isEqualTo(PolicyJson.size(compact(r.text())))
                    .isLessThan(r.text().length());
            largest = Math.max(largest, size);
            if (largest == size) {
                largestName = r.name();
            }
            totalSize += size;
            roundTripped++;
        }
        assertThat(roundTripped).isEqualTo(EXPECTED_COUNT);
        assertThat(AwsManagedPolicies.all()).hasSize(EXPECTED_COUNT);
        System.out.printf("AWS managed policies: %d parsed, written, re-read equivalent; sizes total %d, mean %d, largest %d (%s)%n",
                roundTripped, totalSize, totalSize / roundTripped, largest, largestName);
    }

    private static String compact(String json) {
        try {
            ObjectMapper plain = new ObjectMapper();
            return plain.writeValueAsString(plain.readTree(json));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void catalogSizesAreIamSizesOfTheDocuments() {
        for (Raw r : raw) {
            AwsManagedPolicy p = AwsManagedPolicies.byArn(r.arn()).orElseThrow();
            assertThat(p.documentSize()).as(r.name()).isEqualTo(PolicyJson.size(r.text()));
        }
    }

    @Test
    void managedPoliciesAreValidIdentityPolicies() {
        Map<String, Integer> errorsByCode = new TreeMap<>();
        List<String> examples = new ArrayList<>();
        for (AwsManagedPolicy p : AwsManagedPolicies.all()) {
            ValidationResult result = PolicyValidator.validate(p.document(), PolicyKind.IDENTITY, Quotas.defaults(), p.name());
            for (Problem e : result.errors()) {
                errorsByCode.merge(e.code(), 1, Integer::sum);
                if (examples.size() < 20) {
                    examples.add(e.toString());
                }
            }
        }
        assertThat(errorsByCode).as("errors on documents IAM accepted: %s", examples).isEmpty();
    }
}
