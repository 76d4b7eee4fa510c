package io.iamkit.aws;

import io.iamkit.aws.Change.AttachPolicy;
import io.iamkit.aws.Change.CreatePolicy;
import io.iamkit.aws.Change.CreatePolicyVersion;
import io.iamkit.aws.Change.CreateRole;
import io.iamkit.aws.Change.DeleteBoundary;
import io.iamkit.aws.Change.DeleteInlinePolicy;
import io.iamkit.aws.Change.DeleteRole;
import io.iamkit.aws.Change.DetachPolicy;
import io.iamkit.aws.Change.PutBoundary;
import io.iamkit.aws.Change.PutInlinePolicy;
import io.iamkit.aws.Change.RemoveFromInstanceProfile;
import io.iamkit.aws.Change.TagPolicy;
import io.iamkit.aws.Change.TagRole;
import io.iamkit.aws.Change.UntagPolicy;
import io.iamkit.aws.Change.UntagRole;
import io.iamkit.aws.Change.UpdateDescription;
import io.iamkit.aws.Change.UpdateMaxSession;
import io.iamkit.aws.Change.UpdateTrust;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.PolicyEquivalence;
import io.iamkit.role.InlinePolicy;
import io.iamkit.role.ManagedPolicy;
import io.iamkit.role.Role;
import io.iamkit.role.Tag;
import io.iamkit.spec.Ownership;
import io.iamkit.validate.Quotas;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Compares declared state with what IAM holds and lists the writes that make them agree: one per
 * changed field, in the order they must run. Pure: no calls, so it is tested without IAM.
 */
final class Planner {

    private Planner() {
    }

    /** The changes for a role that should exist; {@code actual} null when IAM has no such role. */
    static List<Change> role(Role declared, RoleState actual, Ownership mode, boolean repairBrokenTrust, Consumer<Note> notes) {
        String name = declared.name();
        String target = "role/" + name;
        List<Change> changes = new ArrayList<>();
        if (actual == null) {
            List<Tag> tags = new ArrayList<>(declared.tags());
            if (tags.stream().noneMatch(t -> t.key().equalsIgnoreCase(Tags.OWNERSHIP.key()))) {
                if (tags.size() < Quotas.TAGS_PER_RESOURCE) {
                    tags.add(Tags.OWNERSHIP);
                } else {
                    // A 51st tag would make IAM reject the whole CreateRole.
                    notes.accept(new Note(Note.Kind.NOT_OWNED, target, "created without iamkit's ownership tag "
                            + Tags.OWNERSHIP.key() + ": the role declares " + tags.size() + " tags, IAM's maximum, so iamkit"
                            + " will not delete it; declare at most " + (Quotas.TAGS_PER_RESOURCE - 1) + " tags to let it"));
                }
            }
            changes.add(new CreateRole(declared, tags));
            declared.managedPolicyArns().stream().distinct().forEach(arn -> changes.add(new AttachPolicy(name, arn)));
            for (InlinePolicy p : declared.inlinePolicies()) {
                changes.add(new PutInlinePolicy(name, p.name(), null, p.document()));
            }
            return changes;
        }
        List<Change> removals = new ArrayList<>();
        if (!declared.path().equals(actual.path())) {
            notes.accept(new Note(Note.Kind.IMMUTABLE, target, "the role's path is " + actual.path() + " in IAM but "
                    + declared.path() + " is declared; IAM cannot move a role: delete it and apply again to recreate it"));
        }
        if (declared.trustPolicy() != null && (actual.trust() == null || !PolicyEquivalence.equivalent(declared.trustPolicy(), actual.trust()))) {
            if (!actual.brokenTrust().isEmpty() && !repairBrokenTrust) {
                notes.accept(new Note(Note.Kind.BROKEN_TRUST, target, "the trust policy names " + actual.brokenTrust()
                        + " by unique id: the principal it trusted was deleted, so the trust is broken even if a principal"
                        + " of the same name exists again; it was not re-applied. Check who should be trusted, then apply"
                        + " with repairBrokenTrust to write the declared trust policy"));
            } else {
                changes.add(new UpdateTrust(name, actual.trust(), declared.trustPolicy()));
            }
        }
        String actualDescription = actual.description() == null ? "" : actual.description();
        boolean newDescription = declared.description() != null && !declared.description().equals(actualDescription);
        String description = newDescription ? declared.description() : actual.description();
        if (newDescription) {
            changes.add(new UpdateDescription(name, actual.description(), declared.description(), declared.effectiveMaxSessionDuration()));
        }
        if (!declared.effectiveMaxSessionDuration().equals(actual.maxSession())) {
            changes.add(new UpdateMaxSession(name, actual.maxSession(), declared.effectiveMaxSessionDuration(), description));
        }
        if (declared.permissionsBoundary() != null && !declared.permissionsBoundary().equals(actual.boundary())) {
            changes.add(new PutBoundary(name, actual.boundary(), declared.permissionsBoundary()));
        } else if (declared.permissionsBoundary() == null && actual.boundary() != null) {
            if (mode == Ownership.EXCLUSIVE) {
                removals.add(new DeleteBoundary(name, actual.boundary()));
            } else {
                notes.accept(undeclared(target, "permissions boundary " + actual.boundary()));
            }
        }
        TagDiff tags = TagDiff.of(declared.tags(), actual.tags());
        if (!tags.toSet().isEmpty()) {
            changes.add(new TagRole(name, tags.toSet()));
        }
        if (!tags.undeclared().isEmpty()) {
            if (mode == Ownership.EXCLUSIVE) {
                removals.add(new UntagRole(name, tags.undeclared()));
            } else {
                notes.accept(undeclared(target, "tags " + tags.undeclared()));
            }
        }
        for (String arn : declared.managedPolicyArns().stream().distinct().toList()) {
            if (!actual.attached().contains(arn)) {
                changes.add(new AttachPolicy(name, arn));
            }
        }
        for (InlinePolicy p : declared.inlinePolicies()) {
            PolicyDocument now = actual.inlineDocuments().get(p.name());
            if (now == null || !PolicyEquivalence.equivalent(p.document(), now)) {
                changes.add(new PutInlinePolicy(name, p.name(), now, p.document()));
            }
        }
        for (String arn : actual.attached()) {
            if (!declared.managedPolicyArns().contains(arn)) {
                if (mode == Ownership.EXCLUSIVE) {
                    removals.add(0, new DetachPolicy(name, arn));
                } else {
                    notes.accept(undeclared(target, "attached policy " + arn));
                }
            }
        }
        for (String policyName : actual.inlineNames()) {
            if (declared.inlinePolicy(policyName) == null) {
                if (mode == Ownership.EXCLUSIVE) {
                    removals.add(new DeleteInlinePolicy(name, policyName));
                } else {
                    notes.accept(undeclared(target, "inline policy " + policyName));
                }
            }
        }
        // Additions first, so that the role never holds less than both the old and the new state
        // grant, unless the additions would take the role over IAM's quota before the removals
        // make room (10 attached policies by default, 50 tags): then IAM would refuse them.
        if (overQuotaBeforeRemovals(changes, removals, actual)) {
            removals.addAll(changes);
            return removals;
        }
        changes.addAll(removals);
        return changes;
    }

    private static boolean overQuotaBeforeRemovals(List<Change> additions, List<Change> removals, RoleState actual) {
        if (removals.isEmpty()) {
            return false;
        }
        long attaching = additions.stream().filter(c -> c instanceof AttachPolicy).count();
        long newTagKeys = additions.stream().filter(c -> c instanceof TagRole).flatMap(c -> ((TagRole) c).tags().stream())
                .filter(t -> actual.tags().stream().noneMatch(a -> a.key().equalsIgnoreCase(t.key()))).count();
        return actual.attached().size() + attaching > Quotas.DEFAULT_MANAGED_POLICIES_PER_ROLE
                || actual.tags().size() + newTagKeys > Quotas.TAGS_PER_RESOURCE;
    }

    /** The changes that delete a role: only one carrying iamkit's ownership tag, emptied first. */
    static List<Change> deletion(String name, RoleState actual, List<String> instanceProfiles, Consumer<Note> notes) {
        String target = "role/" + name;
        if (actual == null) {
            notes.accept(new Note(Note.Kind.ALREADY_ABSENT, target, "declared for deletion, and IAM has no such role"));
            return List.of();
        }
        if (!actual.owned()) {
            notes.accept(new Note(Note.Kind.NOT_OWNED, target, "declared for deletion but not deleted: it lacks the tag "
                    + Tags.OWNERSHIP.key() + "=" + Tags.OWNERSHIP.value() + " that marks roles iamkit may delete;"
                    + " tag it so if iamkit should own it"));
            return List.of();
        }
        List<Change> changes = new ArrayList<>();
        instanceProfiles.forEach(p -> changes.add(new RemoveFromInstanceProfile(name, p)));
        actual.attached().forEach(arn -> changes.add(new DetachPolicy(name, arn)));
        actual.inlineNames().forEach(p -> changes.add(new DeleteInlinePolicy(name, p)));
        changes.add(new DeleteRole(name));
        return changes;
    }

    /** The changes for a customer managed policy; pruning of old versions is added by the caller, who lists them. */
    static List<Change> policy(ManagedPolicy declared, String arn, PolicyState actual, Ownership mode, Consumer<Note> notes) {
        String target = "policy/" + arn;
        if (actual == null) {
            return List.of(new CreatePolicy(declared, arn));
        }
        List<Change> changes = new ArrayList<>();
        if (declared.description() != null && !declared.description().equals(actual.description() == null ? "" : actual.description())) {
            notes.accept(new Note(Note.Kind.IMMUTABLE, target, "the description differs (\"" + actual.description()
                    + "\" in IAM), and IAM cannot change a managed policy's description after creation"));
        }
        if (!PolicyEquivalence.equivalent(declared.document(), actual.document())) {
            changes.add(new CreatePolicyVersion(arn, actual.document(), declared.document()));
        }
        TagDiff tags = TagDiff.of(declared.tags(), actual.tags());
        if (!tags.toSet().isEmpty()) {
            changes.add(new TagPolicy(arn, tags.toSet()));
        }
        if (!tags.undeclared().isEmpty()) {
            if (mode == Ownership.EXCLUSIVE) {
                changes.add(new UntagPolicy(arn, tags.undeclared()));
            } else {
                notes.accept(undeclared(target, "tags " + tags.undeclared()));
            }
        }
        return changes;
    }

    private static Note undeclared(String target, String what) {
        return new Note(Note.Kind.UNDECLARED, target, what + " is not declared; left in place (additive mode)");
    }

    /**
     * Tags to set and keys to remove. Keys match ignoring case, as IAM keeps them unique that way
     * (a key differing only in case is not rewritten: IAM may keep the stored spelling, and the plan
     * would never settle);
     * iamkit's ownership tag and AWS's reserved {@code aws:} tags are never removed.
     */
    record TagDiff(List<Tag> toSet, List<String> undeclared) {

        static TagDiff of(List<Tag> declared, List<Tag> actual) {
            List<Tag> set = new ArrayList<>();
            for (Tag d : declared) {
                Tag now = actual.stream().filter(a -> a.key().equalsIgnoreCase(d.key())).findFirst().orElse(null);
                if (now == null || !now.value().equals(d.value())) {
                    set.add(d);
                }
            }
            List<String> undeclared = new ArrayList<>();
            for (Tag a : actual) {
                boolean declaredKey = declared.stream().anyMatch(d -> d.key().equalsIgnoreCase(a.key()));
                boolean reserved = a.key().toLowerCase(Locale.ROOT).startsWith("aws:") || a.key().equalsIgnoreCase(Tags.OWNERSHIP.key());
                if (!declaredKey && !reserved) {
                    undeclared.add(a.key());
                }
            }
            return new TagDiff(List.copyOf(set), List.copyOf(undeclared));
        }
    }
}
