package io.iamkit.testkit.internal;

import io.iamkit.testkit.AccountQuotas;
import io.iamkit.testkit.Call;
import io.iamkit.testkit.CallLog;
import io.iamkit.testkit.Faults;
import io.iamkit.testkit.SimulatedCrash;
import io.iamkit.testkit.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * The heart of one fake: every account's state, the sessions STS handed out, the faults and the
 * call log. Every operation runs through {@link #call}, which applies faults, takes the one lock
 * (so each operation is atomic, as in IAM), and records the outcome.
 */
public final class Engine {

    private final Object lock = new Object();
    private final Clock clock;
    private final Sleeper sleeper;
    private final Ids ids;
    private final AccountQuotas quotas;
    private final boolean permissiveAssumeRole;
    private final String defaultAccount;
    private final Set<String> knownAccounts;
    private final Map<String, AccountState> accounts = new HashMap<>();
    private final Map<String, Session> sessions = new HashMap<>();
    private final CallLog log = new CallLog();
    private final RoleOps roleOps = new RoleOps(this);
    private final PolicyOps policyOps = new PolicyOps(this);
    private final ProfileOps profileOps = new ProfileOps(this);

    private Faults faults = Faults.NONE;
    private SplittableRandom faultRandom = new SplittableRandom(Faults.NONE.seed());
    private final List<int[]> scriptedLeft = new ArrayList<>();
    private long callsSinceFaults;

    /** A session STS issued: its caller identity and when it expires. */
    public record Session(Caller caller, String secret, String token, Instant expires) {
    }

    public Engine(Clock clock, Sleeper sleeper, long idSeed, AccountQuotas quotas, boolean permissiveAssumeRole,
                  List<String> accountIds) {
        this.clock = clock;
        this.sleeper = sleeper;
        this.ids = new Ids(idSeed);
        this.quotas = quotas;
        this.permissiveAssumeRole = permissiveAssumeRole;
        this.defaultAccount = accountIds.get(0);
        this.knownAccounts = new LinkedHashSet<>(accountIds);
        for (String id : accountIds) {
            accounts.put(id, new AccountState(id));
        }
    }

    public CallLog log() {
        return log;
    }

    public Clock clock() {
        return clock;
    }

    public AccountQuotas quotas() {
        return quotas;
    }

    public boolean permissiveAssumeRole() {
        return permissiveAssumeRole;
    }

    public String defaultAccount() {
        return defaultAccount;
    }

    public Set<String> accounts() {
        return Set.copyOf(knownAccounts);
    }

    RoleOps roleOps() {
        return roleOps;
    }

    PolicyOps policyOps() {
        return policyOps;
    }

    ProfileOps profileOps() {
        return profileOps;
    }

    Ids ids() {
        return ids;
    }

    /** Now, to the second, as IAM reports dates. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    /** The account's state; accounts the fake was not told about are created on first use. */
    AccountState account(String id) {
        return accounts.computeIfAbsent(id, AccountState::new);
    }

    /** True for accounts the fake was configured with; principals in them must exist. */
    boolean isKnown(String accountId) {
        return knownAccounts.contains(accountId);
    }

    public void faults(Faults faults) {
        synchronized (lock) {
            this.faults = faults;
            this.faultRandom = new SplittableRandom(faults.seed());
            this.scriptedLeft.clear();
            for (Faults.ScriptedFailure s : faults.scripted()) {
                scriptedLeft.add(new int[] {s.times()});
            }
            this.callsSinceFaults = 0;
        }
    }

    public Faults faults() {
        synchronized (lock) {
            return faults;
        }
    }

    Records.Visibility newVisibility() {
        if (!faults.eventuallyConsistent()) {
            return null;
        }
        return new Records.Visibility(faults.staleReads(), clock.instant().plus(faults.staleWindow()));
    }

    void registerSession(String accessKey, Session session) {
        sessions.put(accessKey, session);
    }

    /** The caller behind an access key: a live session, else the default account's root. */
    public Caller callerFor(String accessKeyId) {
        synchronized (lock) {
            Session s = accessKeyId == null ? null : sessions.get(accessKeyId);
            if (s == null) {
                return Caller.root(defaultAccount);
            }
            return s.caller();
        }
    }

    /** The session behind an access key, if the fake issued it. */
    public Session session(String accessKeyId) {
        synchronized (lock) {
            return sessions.get(accessKeyId);
        }
    }

    /** Runs {@code body} under the lock, without faults or a log entry: for the testkit's own questions. */
    public <T> T locked(Supplier<T> body) {
        synchronized (lock) {
            return body.get();
        }
    }

    public static Call.Kind kindOf(String operation) {
        return operation.startsWith("Get") || operation.startsWith("List") || operation.startsWith("Simulate")
                || operation.equals("AssumeRole") ? Call.Kind.READ : Call.Kind.WRITE;
    }

    /**
     * Runs one operation: injected latency first (outside the lock, so one slow call does not stall
     * the others), then faults and the body under the lock, then the log entry; a crash, if scheduled
     * for this call, after the body has been applied. The sequence number is taken and the entry
     * written under the same lock as the body, so the log lists calls in the order they took effect.
     */
    public <T> T call(String service, String operation, Caller caller, Object request, Supplier<T> body) {
        Instant at = clock.instant();
        Call.Kind kind = kindOf(operation);
        Duration latency;
        synchronized (lock) {
            latency = faults.latency();
        }
        if (!latency.isZero()) {
            sleeper.sleep(latency);
        }
        T result;
        long callNumber;
        boolean crash;
        synchronized (lock) {
            long seq = log.nextSequence();
            Faults f = faults;
            callNumber = ++callsSinceFaults;
            String outcome = "ok";
            try {
                if (caller.expires() != null && !clock.instant().isBefore(caller.expires())) {
                    throw error(service, "ExpiredToken", "The security token included in the request is expired");
                }
                injectFault(service, operation, f);
                result = body.get();
                crash = f.crashAfterCall() > 0 && callNumber == f.crashAfterCall();
            } catch (AwsServiceException e) {
                outcome = e.awsErrorDetails() == null ? "error" : e.awsErrorDetails().errorCode();
                throw e;
            } catch (RuntimeException e) {
                outcome = "bug:" + e.getClass().getSimpleName();
                throw e;
            } finally {
                log.add(new Call(seq, at, service, operation, caller.account(), kind, request, outcome));
            }
        }
        if (crash) {
            throw new SimulatedCrash(callNumber, operation);
        }
        return result;
    }

    private void injectFault(String service, String operation, Faults f) {
        for (int i = 0; i < f.scripted().size() && i < scriptedLeft.size(); i++) {
            Faults.ScriptedFailure s = f.scripted().get(i);
            int[] left = scriptedLeft.get(i);
            if (left[0] > 0 && (s.operation().equals("*") || s.operation().equals(operation))) {
                left[0]--;
                throw error(service, s.errorCode(), messageFor(s.errorCode()));
            }
        }
        if (f.throttlingRate() > 0 && faultRandom.nextDouble() < f.throttlingRate()) {
            throw error(service, "Throttling", "Rate exceeded");
        }
        if (f.serviceFailureRate() > 0 && faultRandom.nextDouble() < f.serviceFailureRate()) {
            throw error(service, "ServiceFailure", messageFor("ServiceFailure"));
        }
    }

    private static AwsServiceException error(String service, String code, String message) {
        return "sts".equals(service) ? Errors.sts(code, message) : Errors.iam(code, message);
    }

    private static String messageFor(String code) {
        return switch (code) {
            case "Throttling" -> "Rate exceeded";
            case "ServiceFailure" -> "The request processing has failed because of an unknown error, exception or failure.";
            case "ConcurrentModification" -> "The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.";
            default -> "injected " + code;
        };
    }
}
