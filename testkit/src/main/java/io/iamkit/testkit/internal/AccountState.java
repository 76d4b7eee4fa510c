package io.iamkit.testkit.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** One account's IAM entities. Guarded by the engine's lock. */
final class AccountState {

    final String id;
    /** Keyed by lower-case name: IAM names are unique ignoring case. Sorted, for stable listing and markers. */
    final TreeMap<String, Records.RoleRecord> roles = new TreeMap<>();
    /** Customer managed policies, keyed by lower-case name. */
    final TreeMap<String, Records.PolicyRecord> policies = new TreeMap<>();
    final TreeMap<String, Records.InstanceProfileRecord> instanceProfiles = new TreeMap<>();
    /** How many roles of this account have each policy (customer or AWS managed) attached. */
    final Map<String, Integer> attachments = new HashMap<>();
    /** How many roles of this account use each policy ARN as permissions boundary. */
    final Map<String, Integer> boundaryUses = new HashMap<>();

    AccountState(String id) {
        this.id = id;
    }
}
