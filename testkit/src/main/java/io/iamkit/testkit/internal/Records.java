package io.iamkit.testkit.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The mutable records an account holds. Only ever touched under the engine's lock, so they need
 * no synchronization of their own; nothing outside the fake sees them.
 */
final class Records {

    private Records() {
    }

    /** When a new entity becomes visible to reads (eventual consistency). */
    static final class Visibility {
        int staleReads;
        Instant visibleAt;

        Visibility(int staleReads, Instant visibleAt) {
            this.staleReads = staleReads;
            this.visibleAt = visibleAt;
        }

        /** True if this read still misses the entity; counts the read. */
        boolean missedBy(Instant now) {
            boolean miss = staleReads > 0 || now.isBefore(visibleAt);
            if (staleReads > 0) {
                staleReads--;
            }
            return miss;
        }

        /**
         * True while the entity, as a principal, has not yet reached the other services (a trust
         * policy naming it is rejected, STS will not issue sessions for it). IAM's propagation is a
         * matter of time, not of how often someone read the entity, so only the clock counts here.
         */
        boolean propagatingAsPrincipal(Instant now) {
            return now.isBefore(visibleAt);
        }
    }

    static final class RoleRecord {
        String name;
        String path;
        String id;
        String arn;
        Instant created;
        String description;
        int maxSessionDuration = 3600;
        String trustText;
        /** The last trust text encoded for a response and its encoding: documents are immutable, listings reuse it. */
        private String encodedFrom;
        private String encoded;
        /** IAM role ARNs the trust policy named, with the role id each had when the policy was written. */
        Map<String, String> trustedRoleIds = new LinkedHashMap<>();
        /** Keyed by lower-case tag key: keys are unique ignoring case, the casing written is kept. */
        Map<String, TagValue> tags = new LinkedHashMap<>();
        String boundaryArn;
        Map<String, String> inline = new TreeMap<>();
        Set<String> attached = new LinkedHashSet<>();
        Set<String> instanceProfiles = new LinkedHashSet<>();
        Visibility visibility;

        /** {@code text} URL-encoded as IAM returns it, from a one-entry cache (ListRoles encodes every role on the page). */
        String encode(String text) {
            if (text != encodedFrom && !text.equals(encodedFrom)) {
                encoded = io.iamkit.json.PercentEncoding.encode(text);
                encodedFrom = text;
            }
            return encoded;
        }
    }

    static final class PolicyRecord {
        String name;
        String path;
        String id;
        String arn;
        String description;
        Instant created;
        Instant updated;
        Map<String, TagValue> tags = new LinkedHashMap<>();
        TreeMap<Integer, VersionRecord> versions = new TreeMap<>();
        int nextVersion = 1;
        int defaultVersion;
        Visibility visibility;
    }

    static final class VersionRecord {
        int number;
        String text;
        Instant created;

        VersionRecord(int number, String text, Instant created) {
            this.number = number;
            this.text = text;
            this.created = created;
        }

        String id() {
            return "v" + number;
        }
    }

    static final class InstanceProfileRecord {
        String name;
        String path;
        String id;
        String arn;
        Instant created;
        Map<String, TagValue> tags = new LinkedHashMap<>();
        /** Lower-case role names; at most one. */
        List<String> roles = new ArrayList<>();
        Visibility visibility;
    }

    /** A tag with the key as written. */
    record TagValue(String key, String value) {
    }
}
