package io.iamkit.aws;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One role or policy of an {@link ApplyRun}: read, planned and (when applying) changed by one
 * thread. The run reads its fields after the worker's future completes, which orders the writes.
 */
final class WorkUnit {
    final String target;
    final Runnable body;
    final List<Change> planned = new ArrayList<>();
    final List<Change> done = new ArrayList<>();
    final List<Note> notes = new ArrayList<>();
    boolean started;
    Change failedChange;
    RuntimeException error;

    WorkUnit(String target, Function<WorkUnit, Runnable> body) {
        this.target = target;
        this.body = body.apply(this);
    }
}
