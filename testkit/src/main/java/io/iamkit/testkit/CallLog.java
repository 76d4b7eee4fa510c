package io.iamkit.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Every call a {@link FakeIam} answered, in order, with read and write counts: enough to assert
 * that a second apply writes nothing, or that a client retried exactly three times. Thread-safe.
 */
public final class CallLog {

    private final List<Call> calls = new ArrayList<>();
    private long sequence;

    /** The next sequence number; for the fake's engine. */
    public synchronized long nextSequence() {
        return ++sequence;
    }

    /** Records one call; for the fake's engine. */
    public synchronized void add(Call call) {
        calls.add(call);
    }

    /** A snapshot of every call since the last {@link #reset()}. */
    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    public synchronized List<Call> calls(Predicate<Call> filter) {
        return calls.stream().filter(filter).toList();
    }

    /** The calls of one operation, such as {@code CreateRole}. */
    public List<Call> calls(String operation) {
        return calls(c -> c.operation().equals(operation));
    }

    public synchronized long reads() {
        return calls.stream().filter(c -> c.kind() == Call.Kind.READ).count();
    }

    public synchronized long writes() {
        return calls.stream().filter(c -> c.kind() == Call.Kind.WRITE).count();
    }

    /** Writes that succeeded: the ones that changed (or re-set) state. */
    public synchronized long successfulWrites() {
        return calls.stream().filter(c -> c.kind() == Call.Kind.WRITE && c.ok()).count();
    }

    public synchronized long count(String operation) {
        return calls.stream().filter(c -> c.operation().equals(operation)).count();
    }

    public synchronized int size() {
        return calls.size();
    }

    /** Forgets every call; sequence numbers keep counting. */
    public synchronized void reset() {
        calls.clear();
    }

    @Override
    public synchronized String toString() {
        List<String> lines = new ArrayList<>();
        calls.forEach(c -> lines.add(c.toString()));
        return String.join("\n", lines);
    }
}
