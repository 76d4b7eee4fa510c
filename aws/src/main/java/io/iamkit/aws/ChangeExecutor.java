package io.iamkit.aws;

import io.iamkit.aws.Change.AttachPolicy;
import io.iamkit.aws.Change.CreatePolicy;
import io.iamkit.aws.Change.CreatePolicyVersion;
import io.iamkit.aws.Change.CreateRole;
import io.iamkit.aws.Change.DeleteBoundary;
import io.iamkit.aws.Change.DeleteInlinePolicy;
import io.iamkit.aws.Change.DeletePolicyVersion;
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
import io.iamkit.json.PolicyJson;
import io.iamkit.role.Role;
import java.util.function.Predicate;
import java.util.function.Supplier;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.PolicyVersion;

/**
 * Makes the one IAM call of a {@link Change}. Documents go out as canonical compact JSON with
 * Version first. A removal that finds nothing to remove counts as done; a create that finds the
 * entity already there is left to the applier, which reads it and plans again.
 */
final class ChangeExecutor {

    private final IamClient iam;
    private final Retrier retrier;
    private final StateReader reader;

    ChangeExecutor(IamClient iam, Retrier retrier, StateReader reader) {
        this.iam = iam;
        this.retrier = retrier;
        this.reader = reader;
    }

    void execute(Change change, boolean fresh) {
        execute(change, fresh, false);
    }

    /**
     * @param fresh     true when the change's target (its role or policy) was created moments ago
     *                  by this run, so that NoSuchEntity naming it means IAM has not caught up yet
     * @param newPolicy true when the policy the change attaches or sets as boundary was created
     *                  moments ago by this run; NoSuchEntity naming a policy is then propagation
     *                  too. Otherwise a missing policy is an answer, reported at once rather than
     *                  polled for the whole consistency timeout.
     */
    void execute(Change change, boolean fresh, boolean newPolicy) {
        if (change instanceof CreateRole c) {
            Role r = c.role();
            write(() -> iam.createRole(b -> b.roleName(r.name()).path(r.path())
                    .assumeRolePolicyDocument(PolicyJson.write(r.trustPolicy()))
                    .description(r.description())
                    .maxSessionDuration(r.maxSessionDuration() == null ? null : (int) r.maxSessionDuration().toSeconds())
                    .permissionsBoundary(r.permissionsBoundary())
                    .tags(Tags.toSdk(c.tags()))), newPolicy, createDone());
        } else if (change instanceof UpdateTrust c) {
            write(() -> iam.updateAssumeRolePolicy(b -> b.roleName(c.roleName()).policyDocument(PolicyJson.write(c.after()))), fresh, never());
        } else if (change instanceof UpdateDescription c) {
            write(() -> iam.updateRole(b -> b.roleName(c.roleName()).description(c.after())
                    .maxSessionDuration((int) c.keepMaxSession().toSeconds())), fresh, never());
        } else if (change instanceof UpdateMaxSession c) {
            write(() -> iam.updateRole(b -> b.roleName(c.roleName()).maxSessionDuration((int) c.after().toSeconds())
                    .description(c.keepDescription())), fresh, never());
        } else if (change instanceof PutBoundary c) {
            write(() -> iam.putRolePermissionsBoundary(b -> b.roleName(c.roleName()).permissionsBoundary(c.after())),
                    roleOrPolicy(fresh, newPolicy), never());
        } else if (change instanceof DeleteBoundary c) {
            write(() -> iam.deleteRolePermissionsBoundary(b -> b.roleName(c.roleName())), false, gone());
        } else if (change instanceof TagRole c) {
            write(() -> iam.tagRole(b -> b.roleName(c.roleName()).tags(Tags.toSdk(c.tags()))), fresh, never());
        } else if (change instanceof UntagRole c) {
            write(() -> iam.untagRole(b -> b.roleName(c.roleName()).tagKeys(c.keys())), false, gone());
        } else if (change instanceof AttachPolicy c) {
            write(() -> iam.attachRolePolicy(b -> b.roleName(c.roleName()).policyArn(c.policyArn())),
                    roleOrPolicy(fresh, newPolicy), never());
        } else if (change instanceof DetachPolicy c) {
            write(() -> iam.detachRolePolicy(b -> b.roleName(c.roleName()).policyArn(c.policyArn())), false, gone());
        } else if (change instanceof PutInlinePolicy c) {
            write(() -> iam.putRolePolicy(b -> b.roleName(c.roleName()).policyName(c.policyName())
                    .policyDocument(PolicyJson.write(c.after()))), fresh, never());
        } else if (change instanceof DeleteInlinePolicy c) {
            write(() -> iam.deleteRolePolicy(b -> b.roleName(c.roleName()).policyName(c.policyName())), false, gone());
        } else if (change instanceof RemoveFromInstanceProfile c) {
            write(() -> iam.removeRoleFromInstanceProfile(b -> b.roleName(c.roleName()).instanceProfileName(c.instanceProfileName())),
                    false, gone());
        } else if (change instanceof DeleteRole c) {
            deleteRole(c);
        } else if (change instanceof CreatePolicy c) {
            write(() -> iam.createPolicy(b -> b.policyName(c.policy().name()).path(c.policy().path())
                    .description(c.policy().description())
                    .policyDocument(PolicyJson.write(c.policy().document()))
                    .tags(c.policy().tags().isEmpty() ? null : Tags.toSdk(c.policy().tags()))), false, createDone());
        } else if (change instanceof DeletePolicyVersion c) {
            write(() -> iam.deletePolicyVersion(b -> b.policyArn(c.arn()).versionId(c.versionId())), false, gone());
        } else if (change instanceof CreatePolicyVersion c) {
            createPolicyVersion(c, fresh);
        } else if (change instanceof TagPolicy c) {
            write(() -> iam.tagPolicy(b -> b.policyArn(c.arn()).tags(Tags.toSdk(c.tags()))), fresh, never());
        } else if (change instanceof UntagPolicy c) {
            write(() -> iam.untagPolicy(b -> b.policyArn(c.arn()).tagKeys(c.keys())), false, gone());
        } else {
            throw new IllegalArgumentException("no IAM call for " + change);
        }
    }

    private void createPolicyVersion(CreatePolicyVersion c, boolean fresh) {
        try {
            write(() -> iam.createPolicyVersion(b -> b.policyArn(c.arn()).policyDocument(PolicyJson.write(c.after())).setAsDefault(true)),
                    fresh, never());
        } catch (RuntimeException e) {
            if (!Failures.is(e, "LimitExceeded")) {
                throw e;
            }
            // Five versions after all (a version appeared since the plan read, or a retried create
            // took effect twice): prune the oldest non-default one and try once more.
            PolicyVersion oldest = reader.versions(c.arn()).stream().filter(v -> !Boolean.TRUE.equals(v.isDefaultVersion()))
                    .findFirst().orElseThrow(() -> e);
            execute(new DeletePolicyVersion(c.arn(), oldest.versionId()), false);
            write(() -> iam.createPolicyVersion(b -> b.policyArn(c.arn()).policyDocument(PolicyJson.write(c.after())).setAsDefault(true)),
                    fresh, never());
        }
    }

    private void deleteRole(DeleteRole c) {
        // DeleteConflict right after detaching is IAM catching up; retry it like propagation.
        var policy = retrier.policy();
        java.time.Instant start = policy.clock().instant();
        while (true) {
            try {
                write(() -> iam.deleteRole(b -> b.roleName(c.roleName())), false, gone());
                return;
            } catch (RuntimeException e) {
                boolean conflict = Failures.is(e, "DeleteConflict");
                if (!conflict || java.time.Duration.between(start, policy.clock().instant()).compareTo(policy.consistencyTimeout()) >= 0) {
                    throw e;
                }
                try {
                    policy.sleeper().sleep(policy.consistencyDelay());
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private void write(Supplier<?> call, boolean fresh, Retrier.DoneCheck done) {
        retrier.call(call, fresh, done);
    }

    private void write(Supplier<?> call, Predicate<RuntimeException> propagating, Retrier.DoneCheck done) {
        retrier.call(call, propagating, done);
    }

    /** NoSuchEntity is propagation when it names the new role, or a policy that is new. */
    private static Predicate<RuntimeException> roleOrPolicy(boolean roleFresh, boolean policyFresh) {
        return e -> Failures.missingRole(e) ? roleFresh : policyFresh;
    }

    private static Retrier.DoneCheck never() {
        return Retrier.DoneCheck.NEVER;
    }

    /** A removal whose target is already gone has nothing left to do. */
    private static Retrier.DoneCheck gone() {
        return e -> Failures.noSuchEntity(e);
    }

    /**
     * A create never counts EntityAlreadyExists as done, even after an unclear attempt: the entity
     * may be someone else's, or older than this run. The applier reads it again and plans from there.
     */
    private static Retrier.DoneCheck createDone() {
        return Retrier.DoneCheck.NEVER;
    }
}
