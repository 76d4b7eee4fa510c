package io.iamkit.policy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * An IAM policy document: identity, trust, resource, boundary, session, SCP or RCP alike; which
 * kind it is matters only to the validator.
 *
 * <p>Build one in a few lines:
 * <pre>{@code
 * PolicyDocument pullAndLog = PolicyDocument.builder()
 *     .allow("ecr:GetAuthorizationToken", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer",
 *            "logs:CreateLogStream", "logs:PutLogEvents")
 *     .on("*")
 *     .build();
 * }</pre>
 *
 * @param version    {@code 2012-10-17}, {@code 2008-10-17}, or null when absent (IAM then reads
 *                   {@code 2008-10-17}, which turns policy variables off)
 * @param id         the optional {@code Id}, or null
 * @param statements the statements in order; unmodifiable
 */
public record PolicyDocument(String version, String id, List<Statement> statements) {

    /** The current policy language version; the one to use. */
    public static final String VERSION_2012_10_17 = "2012-10-17";
    /** The legacy version, in which {@code ${...}} is literal text. */
    public static final String VERSION_2008_10_17 = "2008-10-17";

    public PolicyDocument {
        Objects.requireNonNull(statements, "statements: none given (null); pass an empty list for none");
        for (int i = 0; i < statements.size(); i++) {
            if (statements.get(i) == null) {
                throw new NullPointerException("statement " + i + " is null");
            }
        }
        statements = List.copyOf(statements);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static PolicyDocument of(Consumer<Builder> spec) {
        Builder b = builder();
        spec.accept(b);
        return b.build();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * True when IAM treats this document and {@code other} the same (statement and value order,
     * duplicates, action case, …); see {@link PolicyEquivalence}.
     */
    public boolean isEquivalentTo(PolicyDocument other) {
        return PolicyEquivalence.equivalent(this, other);
    }

    /** The version IAM uses for this document: {@code 2008-10-17} when none is written. */
    public String effectiveVersion() {
        return version == null ? VERSION_2008_10_17 : version;
    }

    /**
     * A builder for documents. Statements can be added whole, through a {@link Statement.Builder},
     * or in the sentence style of {@link #allow(String...)} and {@link #deny(String...)}.
     */
    public static final class Builder {
        private String version = VERSION_2012_10_17;
        private String id;
        private final List<Object> statements = new ArrayList<>(); // Statement or Statement.Builder

        private Builder() {
        }

        private Builder(PolicyDocument doc) {
            version = doc.version;
            id = doc.id;
            statements.addAll(doc.statements);
        }

        /** Defaults to {@code 2012-10-17}; pass null to leave Version out, as some legacy documents do. */
        public Builder version(String version) {
            this.version = version;
            return this;
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder statement(Statement statement) {
            statements.add(Objects.requireNonNull(statement, "statement"));
            return this;
        }

        public Builder statement(Consumer<Statement.Builder> spec) {
            return statement(Statement.of(spec));
        }

        public Builder statements(Collection<Statement> statements) {
            Objects.requireNonNull(statements, "statements: none given (null); pass an empty list for none").forEach(this::statement);
            return this;
        }

        /** Starts an {@code Allow} statement for these actions; say what it is {@code on} next. */
        public StatementStep allow(String... actions) {
            return start(Statement.builder().allow().actions(actions));
        }

        /** Starts a {@code Deny} statement for these actions. */
        public StatementStep deny(String... actions) {
            return start(Statement.builder().deny().actions(actions));
        }

        /** Starts an {@code Allow} statement for every action except these ({@code NotAction}). */
        public StatementStep allowAllExcept(String... actions) {
            return start(Statement.builder().allow().notActions(actions));
        }

        /** Starts a {@code Deny} statement for every action except these ({@code NotAction}). */
        public StatementStep denyAllExcept(String... actions) {
            return start(Statement.builder().deny().notActions(actions));
        }

        private StatementStep start(Statement.Builder statement) {
            statements.add(statement);
            return new StatementStep(this, statement);
        }

        public PolicyDocument build() {
            List<Statement> built = new ArrayList<>(statements.size());
            for (Object s : statements) {
                built.add(s instanceof Statement.Builder b ? b.build() : (Statement) s);
            }
            return new PolicyDocument(version, id, built);
        }
    }

    /**
     * The statement being written in sentence style. Its methods refine the statement; {@link
     * #allow(String...)}, {@link #deny(String...)} and {@link #build()} carry on with the document.
     */
    public static final class StatementStep {
        private final Builder document;
        private final Statement.Builder statement;

        private StatementStep(Builder document, Statement.Builder statement) {
            this.document = document;
            this.statement = statement;
        }

        /** {@code Resource}: the resources the statement applies to ({@code "*"} for all). */
        public StatementStep on(String... resources) {
            statement.resources(resources);
            return this;
        }

        /** {@code Resource}, from a list. */
        public StatementStep on(Collection<String> resources) {
            statement.resources(resources);
            return this;
        }

        /** {@code Resource: "*"}. */
        public StatementStep onAnyResource() {
            return on("*");
        }

        /** {@code NotResource}: every resource except these. */
        public StatementStep onAllExcept(String... resources) {
            statement.notResources(resources);
            return this;
        }

        /** {@code Principal}: who the statement applies to (trust and resource policies). */
        public StatementStep by(Principal principal) {
            statement.principal(principal);
            return this;
        }

        /** {@code NotPrincipal}. */
        public StatementStep byAllExcept(Principal principal) {
            statement.notPrincipal(principal);
            return this;
        }

        /** Adds a condition; conditions are ANDed, values of one key ORed. */
        public StatementStep when(Condition condition) {
            statement.condition(condition);
            return this;
        }

        /** Adds a condition such as {@code when("StringEquals", "aws:SourceAccount", "111122223333")}. */
        public StatementStep when(String operator, String key, String... values) {
            statement.condition(operator, key, values);
            return this;
        }

        public StatementStep sid(String sid) {
            statement.sid(sid);
            return this;
        }

        public StatementStep allow(String... actions) {
            return document.allow(actions);
        }

        public StatementStep deny(String... actions) {
            return document.deny(actions);
        }

        public StatementStep allowAllExcept(String... actions) {
            return document.allowAllExcept(actions);
        }

        public StatementStep denyAllExcept(String... actions) {
            return document.denyAllExcept(actions);
        }

        /** Back to the document builder, for its other methods. */
        public Builder and() {
            return document;
        }

        public PolicyDocument build() {
            return document.build();
        }
    }
}
