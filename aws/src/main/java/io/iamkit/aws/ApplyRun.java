package io.iamkit.aws;

import io.iamkit.IamkitException;
import io.iamkit.Problem;
import io.iamkit.arn.Arn;
import io.iamkit.role.ManagedPolicy;
import io.iamkit.role.Role;
import io.iamkit.spec.IamSpec;
import io.iamkit.spec.Ownership;
import io.iamkit.spec.SpecTemplates;
import io.iamkit.spec.SpecValidation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityRequest;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/**
 * One plan or apply: its counted client, its retries, and its units (one per role or policy),
 * policies first, then roles, each unit read, planned and (when applying) changed by one thread.
 */
final class ApplyRun {

    /** What the applier was configured with. */
    record Settings(IamClient iam, StsClient sts, Ownership mode, ProgressListener listener, int parallelism,
                    RetryPolicy retryPolicy, boolean repairBrokenTrust, CallerIdentity identity) {
    }

    private final Settings settings;
    private final ProgressListener listener;
    private final int parallelism;
    private final boolean repairBrokenTrust;

    private final boolean write;
    private final CountingIam counter;
    private final IamClient client;
    private final Retrier retrier;
    private final StateReader reader;
    private final ChangeExecutor executor;
    private final AtomicBoolean aborted = new AtomicBoolean();
    private volatile boolean interrupted;
    private final Set<String> createdPolicies = ConcurrentHashMap.newKeySet();
    private CallerIdentity identity;

    ApplyRun(Settings settings, boolean write) {
        this.settings = settings;
        this.listener = settings.listener();
        this.parallelism = settings.parallelism();
        this.repairBrokenTrust = settings.repairBrokenTrust();
        this.write = write;
        this.counter = CountingIam.around(settings.iam());
        this.client = counter.client();
        this.retrier = new Retrier(settings.retryPolicy());
        this.reader = new StateReader(client, retrier);
        this.executor = new ChangeExecutor(client, retrier, reader);
    }

    CallCounts counts() {
        return counter.counts();
    }

    /** The caller whose account filled the templates, or null when none was needed. */
    CallerIdentity identity() {
        return identity;
    }

    List<WorkUnit> execute(IamSpec declared) {
        IamSpec spec = settings.mode() == null ? declared : declared.withOwnership(settings.mode());
        check(spec);
        if (SpecTemplates.uses(spec) || !spec.managedPolicies().isEmpty()) {
            try {
                identity = callerIdentity();
            } catch (IamkitException e) {
                throw e;
            } catch (RuntimeException e) {
                List<String> all = new ArrayList<>();
                spec.managedPolicies().forEach(p -> all.add("policy/" + p.path() + p.name()));
                spec.roles().forEach(r -> all.add("role/" + r.name()));
                if (!write) {
                    throw new IamkitException(Problem.error("aws.read-failed", "sts", "could not read the caller's identity: " + e.getMessage()), e);
                }
                throw new ApplyFailedException(List.of(), null, List.of(), all, e);
            }
            spec = SpecTemplates.resolve(spec, identity.account(), identity.partition());
        }
        IamSpec resolved = spec;
        List<WorkUnit> policies = new ArrayList<>();
        for (ManagedPolicy p : spec.managedPolicies()) {
            String arn = new Arn(identity.partition(), "iam", "", identity.account(), "policy" + p.path() + p.name()).toString();
            policies.add(new WorkUnit("policy/" + arn, u -> () -> policy(u, p, arn, resolved.ownership())));
        }
        List<WorkUnit> roles = new ArrayList<>();
        List<List<WorkUnit>> waves = new ArrayList<>();
        Map<String, Integer> wave = TrustOrder.waves(spec);
        for (Role r : spec.roles()) {
            WorkUnit unit = spec.isDeleted(r.name())
                    ? new WorkUnit("role/" + r.name(), u -> () -> deletion(u, r.name()))
                    : new WorkUnit("role/" + r.name(), u -> () -> role(u, r, resolved.ownershipOf(r.name())));
            roles.add(unit);
            int w = wave.getOrDefault(r.name(), 0);
            while (waves.size() <= w) {
                waves.add(new ArrayList<>());
            }
            waves.get(w).add(unit);
        }
        listener.started(policies.size() + roles.size());
        List<WorkUnit> all = new ArrayList<>(policies);
        all.addAll(roles);
        // Policies first: roles attach them and use them as boundaries. Then roles in waves: a
        // role whose trust policy names another declared role waits until that one exists, as IAM
        // rejects a trust policy naming a principal it does not know.
        runAll(policies);
        for (List<WorkUnit> w : waves) {
            if (!aborted.get()) {
                runAll(w);
            }
        }
        fail(all);
        return all;
    }

    private void runAll(List<WorkUnit> units) {
        if (units.isEmpty()) {
            return;
        }
        if (parallelism <= 1 || units.size() == 1) {
            units.forEach(this::run);
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelism, units.size()), r -> {
            Thread t = new Thread(r, "iamkit-apply");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            units.forEach(u -> futures.add(pool.submit(() -> run(u))));
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            interrupted = true;
            aborted.set(true);
        } catch (ExecutionException e) {
            // run() catches every RuntimeException; what escapes is an Error.
            throw new IllegalStateException("an apply worker failed", e.getCause());
        } finally {
            pool.shutdownNow();
            if (interrupted) {
                // Let the workers stop (they are interrupted too) before their units are reported.
                awaitStopped(pool);
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void awaitStopped(ExecutorService pool) {
        while (true) {
            try {
                if (pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES)) {
                    return;
                }
            } catch (InterruptedException again) {
                // keep waiting: the report must not read units still being changed
            }
        }
    }

    private void run(WorkUnit u) {
        if (aborted.get()) {
            return;
        }
        u.started = true;
        try {
            u.body.run();
        } catch (Stopped e) {
            // another unit failed first; this one's remaining changes are reported as not done
        } catch (RuntimeException e) {
            u.error = e;
            aborted.set(true);
        }
        listener.finished(u.target);
    }

    /** Throws when some unit failed, saying what was done, what failed and what was not done. */
    private void fail(List<WorkUnit> units) {
        WorkUnit failed = units.stream().filter(u -> u.error != null).findFirst().orElse(null);
        if (failed == null && !interrupted) {
            return;
        }
        // Interrupted between calls, nothing failed: returning normally would pass a partial apply off as complete.
        Throwable cause = failed != null ? failed.error : new InterruptedException("the apply was interrupted");
        Change failedChange = failed != null ? failed.failedChange : null;
        if (!write && failed == null) {
            throw new IamkitException(Problem.error("aws.interrupted", "", "the plan was interrupted"), cause);
        }
        if (!write) {
            if (failed.error instanceof IamkitException e) {
                throw e;
            }
            throw new IamkitException(Problem.error("aws.read-failed", failed.target,
                    "could not read the account: " + failed.error.getMessage()), failed.error);
        }
        List<Change> done = collect(units, u -> u.done);
        List<Change> notDone = new ArrayList<>();
        List<String> notStarted = new ArrayList<>();
        // Under parallelism more than one unit can fail at once; each failed change is reported.
        List<Change> alsoFailed = new ArrayList<>();
        for (WorkUnit u : units) {
            if (u != failed && u.error != null && u.failedChange != null) {
                alsoFailed.add(u.failedChange);
            }
            if (!u.started || u.error != null && u.failedChange == null) {
                // never read, or reading it failed: its changes are not known
                notStarted.add(u.target);
            }
            for (Change c : u.planned) {
                if (!u.done.contains(c) && c != u.failedChange) {
                    notDone.add(c);
                }
            }
        }
        throw new ApplyFailedException(done, failedChange, alsoFailed, notDone, notStarted, cause);
    }

    private CallerIdentity callerIdentity() {
        if (settings.identity() != null) {
            return settings.identity();
        }
        if (settings.sts() == null) {
            throw new IamkitException(Problem.error("aws.no-sts", "",
                    "the spec uses ${AccountId}/${Partition} or declares managed policies, which need the caller's account:"
                            + " give the applier an StsClient (.sts(client)) or an identity (.identity(...))"));
        }
        counter.noteOther("sts:GetCallerIdentity");
        GetCallerIdentityResponse who = retrier.call(() -> settings.sts().getCallerIdentity(GetCallerIdentityRequest.builder().build()));
        return CallerIdentity.of(who.account(), who.arn());
    }

    private void policy(WorkUnit u, ManagedPolicy declared, String arn, Ownership ownership) {
        PolicyState state = reader.policy(arn, false).orElse(null);
        List<Change> changes = withPrune(Planner.policy(declared, arn, state, ownership, u.notes::add), arn);
        plan(u, changes);
        if (!write) {
            return;
        }
        makeAll(u, changes, () -> {
            // Created since the read (or the read was stale): read it again and carry on from there.
            PolicyState now = reader.policy(arn, true).orElse(null);
            return withPrune(Planner.policy(declared, arn, now, ownership, n -> { }), arn);
        });
    }

    /** When a new version is planned and IAM already keeps five, the oldest non-default goes first. */
    private List<Change> withPrune(List<Change> changes, String arn) {
        if (changes.stream().noneMatch(c -> c instanceof Change.CreatePolicyVersion)) {
            return changes;
        }
        var versions = reader.versions(arn);
        if (versions.size() < 5) {
            return changes;
        }
        List<Change> pruned = new ArrayList<>();
        versions.stream().filter(v -> !Boolean.TRUE.equals(v.isDefaultVersion())).findFirst()
                .ifPresent(v -> pruned.add(new Change.DeletePolicyVersion(arn, v.versionId())));
        pruned.addAll(changes);
        return pruned;
    }

    private void role(WorkUnit u, Role declared, Ownership ownership) {
        List<String> inline = declared.inlinePolicies().stream().map(p -> p.name()).toList();
        RoleState state = reader.role(declared.name(), inline, false).orElse(null);
        List<Change> changes = Planner.role(declared, state, ownership, repairBrokenTrust, u.notes::add);
        plan(u, changes);
        if (!write) {
            return;
        }
        makeAll(u, changes, () -> {
            // The role appeared since the read (a stale read, or a concurrent apply): wait until
            // it is readable, then plan it again from what IAM holds.
            RoleState now = reader.role(declared.name(), inline, true).orElse(null);
            return Planner.role(declared, now, ownership, repairBrokenTrust, n -> { });
        });
    }

    /**
     * Makes a unit's changes in order. When its create (CreateRole, CreatePolicy) finds the entity
     * already there, the unit is planned again from a fresh read, once, and goes on from there.
     */
    private void makeAll(WorkUnit u, List<Change> planned, java.util.function.Supplier<List<Change>> replanAfterConflict) {
        List<Change> changes = planned;
        boolean fresh = false;
        boolean replanned = false;
        for (int i = 0; i < changes.size(); i++) {
            Change c = changes.get(i);
            boolean create = c instanceof Change.CreateRole || c instanceof Change.CreatePolicy;
            try {
                make(u, c, fresh, dependsOnNewPolicy(c));
            } catch (RuntimeException e) {
                if (!create || !Failures.alreadyExists(e) || replanned) {
                    throw e;
                }
                replanned = true;
                List<Change> rest = replanAfterConflict.get();
                replan(u, c, rest);
                changes = rest;
                i = -1;
                fresh = true;
                continue;
            }
            if (create) {
                fresh = true;
                if (c instanceof Change.CreatePolicy p) {
                    createdPolicies.add(p.arn());
                }
            }
        }
    }

    private boolean dependsOnNewPolicy(Change c) {
        return c instanceof Change.AttachPolicy a && createdPolicies.contains(a.policyArn())
                || c instanceof Change.PutBoundary b && createdPolicies.contains(b.after())
                || c instanceof Change.CreateRole r && r.role().permissionsBoundary() != null
                        && createdPolicies.contains(r.role().permissionsBoundary());
    }

    private void deletion(WorkUnit u, String name) {
        RoleState state = reader.role(name, List.of(), false).orElse(null);
        List<String> profiles = state != null && state.owned() ? reader.instanceProfiles(name) : List.of();
        List<Change> changes = Planner.deletion(name, state, profiles, u.notes::add);
        plan(u, changes);
        if (write) {
            for (Change c : changes) {
                make(u, c, false, false);
            }
        }
    }

    private void plan(WorkUnit u, List<Change> changes) {
        u.planned.addAll(changes);
        listener.planned(u.target, List.copyOf(changes));
    }

    private void replan(WorkUnit u, Change replaced, List<Change> rest) {
        u.planned.remove(replaced);
        u.planned.removeIf(c -> !u.done.contains(c));
        u.planned.addAll(rest);
        listener.planned(u.target, List.copyOf(rest));
    }

    private void make(WorkUnit u, Change c, boolean fresh, boolean newPolicy) {
        if (aborted.get()) {
            throw new Stopped();
        }
        try {
            executor.execute(c, fresh, newPolicy);
        } catch (RuntimeException e) {
            u.failedChange = c;
            if (!(c instanceof Change.CreateRole || c instanceof Change.CreatePolicy) || !Failures.alreadyExists(e)) {
                listener.failed(c, e);
            }
            throw e;
        }
        u.failedChange = null;
        u.done.add(c);
        listener.applied(c);
    }

    static List<Change> collect(List<WorkUnit> units, java.util.function.Function<WorkUnit, List<Change>> f) {
        List<Change> all = new ArrayList<>();
        units.forEach(u -> all.addAll(f.apply(u)));
        return all;
    }

    static List<Note> notes(List<WorkUnit> units) {
        List<Note> all = new ArrayList<>();
        units.forEach(u -> all.addAll(u.notes));
        return all;
    }

    /** Ends a unit early because another failed; never escapes the applier. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super("stopped: another role or policy failed", null, false, false);
        }
    }

    /** Rejects, before any call, what cannot be applied at all. */
    private static void check(IamSpec spec) {
        List<Problem> problems = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < spec.roles().size(); i++) {
            Role r = spec.roles().get(i);
            if (r.name().isEmpty()) {
                problems.add(Problem.error("aws.role-name", "/Roles/" + i + "/RoleName", "a role needs a name"));
            } else if (!names.add(r.name().toLowerCase(Locale.ROOT))) {
                problems.add(Problem.error("aws.duplicate", "role " + r.name(), "the role is declared twice (names are unique ignoring case)"));
            }
            if (r.trustPolicy() == null && !spec.isDeleted(r.name())) {
                problems.add(Problem.error("aws.no-trust", "role " + r.name() + " /AssumeRolePolicyDocument",
                        "a role needs a trust policy: Role.builder(name).trust(...)"));
            }
        }
        Set<String> policyNames = new HashSet<>();
        for (ManagedPolicy p : spec.managedPolicies()) {
            // Two units on one policy would race, each undoing the other's version.
            if (!policyNames.add(p.name().toLowerCase(Locale.ROOT))) {
                problems.add(Problem.error("aws.duplicate", "managed policy " + p.name(),
                        "the managed policy is declared twice (names are unique in an account ignoring case)"));
            }
        }
        if (!problems.isEmpty()) {
            throw new IamkitException(problems);
        }
        // IAM's grammar and quotas, before any call, located by JSON pointer into the spec.
        problems.addAll(SpecValidation.validate(spec).errors());
        if (!problems.isEmpty()) {
            throw new IamkitException(problems);
        }
    }
}
