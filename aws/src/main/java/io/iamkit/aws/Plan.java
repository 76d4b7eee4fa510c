package io.iamkit.aws;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * What an apply would do, read from the account without writing anything.
 *
 * @param changes  the writes, in the order an apply makes them; one IAM call each
 * @param notes    what was found and deliberately left alone (undeclared items, broken trust, …)
 * @param calls    the IAM calls the plan made (reads only)
 * @param identity the caller whose account and partition filled the spec's templates, or null when none was needed
 */
public record Plan(List<Change> changes, List<Note> notes, CallCounts calls, CallerIdentity identity) {

    public Plan {
        changes = List.copyOf(changes);
        notes = List.copyOf(notes);
    }

    /** True when the account already matches the spec. */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** The changes of one role or policy ({@code role/NAME}, {@code policy/ARN}). */
    public List<Change> changesOf(String target) {
        return changes.stream().filter(c -> c.target().equals(target)).toList();
    }

    /**
     * The plan for a person, like {@code terraform plan}: changes grouped by role or policy,
     * policy documents shown as canonical JSON with {@code +}/{@code -} lines for what changes,
     * notes, and a tally.
     */
    public String render() {
        if (changes.isEmpty() && notes.isEmpty()) {
            return "No changes. The account matches the spec.\n";
        }
        return Rendering.changes(changes, notes) + "Plan: " + Rendering.tally(changes) + ".\n";
    }

    /** The plan as JSON: {@code {"changes": [...], "notes": [...], "calls": {...}}}. */
    public ObjectNode toJsonTree() {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.set("changes", Rendering.json(changes));
        n.set("notes", Rendering.notesJson(notes));
        n.set("calls", Rendering.calls(calls));
        return n;
    }

    public String toJson() {
        return Rendering.pretty(toJsonTree());
    }
}
