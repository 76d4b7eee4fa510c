package io.iamkit.aws;

import java.util.List;

/**
 * How the account differs from the spec, found without changing anything.
 *
 * @param differences what an apply would change to remove the drift (a missing role shows as its creation)
 * @param notes       differences an apply leaves alone: undeclared items in additive mode, broken
 *                    trust, values IAM cannot change in place
 * @param calls       the IAM reads made
 */
public record DriftReport(List<Change> differences, List<Note> notes, CallCounts calls) {

    public DriftReport {
        differences = List.copyOf(differences);
        notes = List.copyOf(notes);
    }

    /** True when the account matches the spec and nothing is worth a note. */
    public boolean inSync() {
        return differences.isEmpty() && notes.isEmpty();
    }

    /** The report as JSON: {@code {"differences": [...], "notes": [...], "calls": {...}}}. */
    public String toJson() {
        com.fasterxml.jackson.databind.node.ObjectNode n = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        n.set("differences", Rendering.json(differences));
        n.set("notes", Rendering.notesJson(notes));
        n.set("calls", Rendering.calls(calls));
        return Rendering.pretty(n);
    }

    public String render() {
        if (inSync()) {
            return "No drift.\n";
        }
        return Rendering.changes(differences, notes) + "drift: " + differences.size() + " differences, " + notes.size() + " notes\n";
    }
}
