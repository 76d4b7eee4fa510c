package io.iamkit.testkit;

import io.iamkit.eval.Decision;
import io.iamkit.testkit.internal.Caller;
import io.iamkit.testkit.internal.Engine;
import io.iamkit.testkit.internal.FakeIamClient;
import io.iamkit.testkit.internal.FakeStsClient;
import io.iamkit.testkit.internal.StsOps;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;

/**
 * An in-memory IAM and STS that behave like AWS: the SDK's own {@link IamClient} and
 * {@link StsClient} interfaces, AWS's error codes and wording, its quotas, its URL-encoded
 * documents, and (when asked) its throttling and eventual consistency.
 *
 * <pre>{@code
 * FakeIam fake = FakeIam.create();
 * IamClient iam = fake.iam();                         // the default account's root
 * iam.createRole(r -> r.roleName("app").assumeRolePolicyDocument(trust));
 * fake.callLog().writes();                            // 1
 * }</pre>
 *
 * <p>Each instance is independent, thread-safe (every operation is atomic) and deterministic: ids
 * come from {@link Builder#idSeed}, dates from {@link Builder#clock}. In-process clients do not
 * retry: an injected {@code Throttling} reaches the caller on the first attempt.
 */
public final class FakeIam {

    /** The account the fake uses when none is named: moto's default, too. */
    public static final String DEFAULT_ACCOUNT = "123456789012";

    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");

    private final Engine engine;

    private FakeIam(Engine engine) {
        this.engine = engine;
    }

    /** A fake with one account ({@value #DEFAULT_ACCOUNT}), the system clock and no faults. */
    public static FakeIam create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static FakeIam of(Consumer<Builder> spec) {
        Builder b = builder();
        spec.accept(b);
        return b.build();
    }

    /** IAM as the root of the default account. */
    public IamClient iam() {
        return iam(engine.defaultAccount());
    }

    /** IAM as the root of {@code accountId}. */
    public IamClient iam(String accountId) {
        return new FakeIamClient(engine, Caller.root(checkAccount(accountId)));
    }

    /** IAM as the session behind credentials this fake's STS issued. */
    public IamClient iam(Credentials credentials) {
        return new FakeIamClient(engine, sessionCaller(credentials));
    }

    /** STS as the root of the default account. */
    public StsClient sts() {
        return sts(engine.defaultAccount());
    }

    public StsClient sts(String accountId) {
        return new FakeStsClient(engine, Caller.root(checkAccount(accountId)));
    }

    /** STS as the session behind credentials this fake's STS issued (for role chaining). */
    public StsClient sts(Credentials credentials) {
        return new FakeStsClient(engine, sessionCaller(credentials));
    }

    private Caller sessionCaller(Credentials credentials) {
        Objects.requireNonNull(credentials, "credentials");
        Engine.Session s = engine.session(credentials.accessKeyId());
        if (s == null) {
            throw new IllegalArgumentException("access key " + credentials.accessKeyId() + " was not issued by this fake's STS");
        }
        return s.caller();
    }

    private static String checkAccount(String accountId) {
        if (accountId == null || !ACCOUNT_ID.matcher(accountId).matches()) {
            throw new IllegalArgumentException("an account id is 12 digits, not " + accountId);
        }
        return accountId;
    }

    public CallLog callLog() {
        return engine.log();
    }

    /** Replaces the faults; counters (crash after call N, scripted failures) start again. */
    public void faults(Faults faults) {
        engine.faults(Objects.requireNonNull(faults, "faults"));
    }

    public void faults(Consumer<Faults.Builder> spec) {
        faults(Faults.of(spec));
    }

    public Faults faults() {
        return engine.faults();
    }

    public Clock clock() {
        return engine.clock();
    }

    public String defaultAccount() {
        return engine.defaultAccount();
    }

    /** The accounts the fake was configured with; principals named in trust policies must exist in these. */
    public Set<String> accounts() {
        return engine.accounts();
    }

    public AccountQuotas quotas() {
        return engine.quotas();
    }

    /**
     * Would the trust policy of {@code roleArn} let {@code principal} assume it? For principals no
     * client can impersonate, such as {@code ecs-tasks.amazonaws.com} with {@code aws:SourceAccount}
     * and {@code aws:SourceArn} in {@code context}. Ignores the permissive switch.
     */
    public Decision trustDecision(String principal, String roleArn, Map<String, String> context) {
        Map<String, List<String>> multi = new LinkedHashMap<>();
        context.forEach((k, v) -> multi.put(k, List.of(v)));
        return engine.call("testkit", "TrustDecision", io.iamkit.testkit.internal.Caller.root(engine.defaultAccount()), principal,
                () -> new StsOps(engine).trustDecision(principal, roleArn, multi));
    }

    /** For {@link FakeIamServer}: the engine behind this fake. */
    Engine engine() {
        return engine;
    }

    public static final class Builder {
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper;
        private long idSeed = 20_250_101L;
        private final List<String> accounts = new ArrayList<>();
        private AccountQuotas quotas = AccountQuotas.DEFAULTS;
        private Faults faults = Faults.NONE;
        private boolean permissiveAssumeRole;

        private Builder() {
        }

        /** Dates and eventual-consistency windows; a {@link MutableClock} makes them deterministic. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** How injected latency waits; defaults to advancing a {@link MutableClock}, else sleeping for real. */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /** Seeds role, policy and instance profile ids and STS keys. */
        public Builder idSeed(long seed) {
            this.idSeed = seed;
            return this;
        }

        /** The accounts, the first being the default; defaults to {@value FakeIam#DEFAULT_ACCOUNT}. */
        public Builder accounts(String... accountIds) {
            return accounts(Arrays.asList(accountIds));
        }

        public Builder accounts(List<String> accountIds) {
            accountIds.forEach(a -> accounts.add(checkAccount(a)));
            return this;
        }

        public Builder quotas(AccountQuotas quotas) {
            this.quotas = Objects.requireNonNull(quotas, "quotas");
            return this;
        }

        public Builder faults(Faults faults) {
            this.faults = Objects.requireNonNull(faults, "faults");
            return this;
        }

        public Builder faults(Consumer<Faults.Builder> spec) {
            return faults(Faults.of(spec));
        }

        /** When true, AssumeRole skips the trust and identity policy checks, as moto does by default. */
        public Builder permissiveAssumeRole(boolean permissive) {
            this.permissiveAssumeRole = permissive;
            return this;
        }

        public FakeIam build() {
            List<String> ids = accounts.isEmpty() ? List.of(DEFAULT_ACCOUNT) : List.copyOf(new java.util.LinkedHashSet<>(accounts));
            Sleeper s = sleeper != null ? sleeper : clock instanceof MutableClock m ? Sleeper.advancing(m) : Sleeper.real();
            Engine engine = new Engine(clock, s, idSeed, quotas, permissiveAssumeRole, ids);
            engine.faults(faults);
            return new FakeIam(engine);
        }
    }
}
