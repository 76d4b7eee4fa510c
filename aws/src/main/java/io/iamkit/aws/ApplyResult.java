package io.iamkit.aws;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * What an apply did.
 *
 * @param done  the changes made, in order per role or policy
 * @param notes what was found and deliberately left alone
 * @param calls every IAM call the apply made, its reads included
 */
public record ApplyResult(List<Change> done, List<Note> notes, CallCounts calls) {

    public ApplyResult {
        done = List.copyOf(done);
        notes = List.copyOf(notes);
    }

    public int reads() {
        return calls.reads();
    }

    public int writes() {
        return calls.writes();
    }

    /** True when the account already matched and nothing was written. */
    public boolean unchanged() {
        return done.isEmpty();
    }

    /** What was done, then {@code changes: N, reads: R, writes: W}. */
    public String render() {
        String body = done.isEmpty() && notes.isEmpty() ? "No changes. The account matches the spec.\n" : Rendering.changes(done, notes);
        return body + "changes: " + done.size() + ", reads: " + reads() + ", writes: " + writes() + "\n";
    }

    public String toJson() {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.set("done", Rendering.json(done));
        n.set("notes", Rendering.notesJson(notes));
        n.set("calls", Rendering.calls(calls));
        return Rendering.pretty(n);
    }
}
