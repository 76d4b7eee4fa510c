package io.iamkit.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import io.iamkit.IamkitException;
import io.iamkit.Problem;
import io.iamkit.arn.Arn;
import io.iamkit.arn.Partition;
import io.iamkit.json.Json;
import io.iamkit.json.PolicyJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * The AWS managed policies (1,485 of them, as AWS published them), bundled with iamkit so that
 * {@code arn:aws:iam::aws:policy/...} ARNs can be resolved, linted and simulated offline.
 *
 * <p>Loaded once, on first use (about half a second), then shared; the catalog is immutable.
 */
public final class AwsManagedPolicies {

    private static final String RESOURCE = "aws-managed-policies.json.gz";

    private AwsManagedPolicies() {
    }

    private static final class Holder {
        static final Map<String, AwsManagedPolicy> BY_ARN = load();
    }

    /** Every policy, sorted by name. */
    public static List<AwsManagedPolicy> all() {
        return List.copyOf(Holder.BY_ARN.values());
    }

    /**
     * The policy with this ARN. ARNs of other partitions ({@code arn:aws-cn:iam::aws:policy/…})
     * resolve to the same document, as the catalog is the same everywhere for iamkit's purposes.
     */
    public static Optional<AwsManagedPolicy> byArn(String arn) {
        AwsManagedPolicy p = Holder.BY_ARN.get(arn);
        if (p == null) {
            Optional<Arn> parsed = Arn.tryParse(arn);
            if (parsed.isPresent() && !parsed.get().partition().equals(Partition.AWS.id())) {
                p = Holder.BY_ARN.get(new Arn(Partition.AWS.id(), "iam", "", parsed.get().account(), parsed.get().resource()).toString());
            }
        }
        return Optional.ofNullable(p);
    }

    /** The policy with this path and name, such as {@code service-role/AmazonECSTaskExecutionRolePolicy}. */
    public static Optional<AwsManagedPolicy> byPathAndName(String pathAndName) {
        String trimmed = pathAndName.startsWith("/") ? pathAndName.substring(1) : pathAndName;
        return byArn("arn:aws:iam::aws:policy/" + trimmed);
    }

    /** True for ARNs of the form {@code arn:PARTITION:iam::aws:policy/…}. */
    public static boolean isAwsManagedArn(String arn) {
        return Arn.tryParse(arn).map(a -> a.service().equals("iam") && a.account().equals("aws")
                && a.resource().startsWith("policy/")).orElse(false);
    }

    private static Map<String, AwsManagedPolicy> load() {
        try (InputStream raw = AwsManagedPolicies.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException("iamkit's jar is missing " + RESOURCE);
            }
            String text;
            try (InputStream in = new GZIPInputStream(raw)) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            // The bundled catalog is trusted and larger than the hostile-input limit of Json.mapper().
            JsonNode root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
            Map<String, AwsManagedPolicy> byArn = new LinkedHashMap<>();
            List<Problem> problems = new ArrayList<>();
            for (JsonNode n : root) {
                String name = n.path("PolicyName").asText();
                try {
                    String documentText = Json.mapper().writeValueAsString(n.get("Document"));
                    AwsManagedPolicy p = new AwsManagedPolicy(name, n.path("Path").asText("/"), n.path("Arn").asText(),
                            n.path("DefaultVersionId").asText(), PolicyJson.read(n.get("Document"), "aws managed policy " + name, ""),
                            PolicyJson.size(documentText));
                    byArn.put(p.arn(), p);
                } catch (IamkitException e) {
                    problems.addAll(e.problems());
                }
            }
            if (!problems.isEmpty()) {
                throw new IamkitException(problems);
            }
            return Collections.unmodifiableMap(byArn);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read iamkit's bundled AWS managed policies", e);
        }
    }
}
