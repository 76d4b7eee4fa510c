package io.iamkit.aws;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iamkit.json.PolicyJson;
import io.iamkit.policy.PolicyDocument;
import java.util.List;

/** Shared text and JSON rendering of changes and notes, in the manner of {@code terraform plan}. */
final class Rendering {

    private Rendering() {
    }

    static String changes(List<Change> changes, List<Note> notes) {
        StringBuilder sb = new StringBuilder();
        String target = null;
        for (Change c : changes) {
            if (!c.target().equals(target)) {
                target = c.target();
                sb.append(target).append('\n');
            }
            sb.append("  ").append(c.kind().symbol()).append(' ').append(c.summary())
                    .append("  (").append(c.operation()).append(")\n");
            document(sb, c.documentBefore(), c.documentAfter());
        }
        for (Note n : notes) {
            sb.append("! ").append(n.kind()).append(' ').append(n.target()).append(": ").append(n.message()).append('\n');
        }
        return sb.toString();
    }

    /** The canonical pretty JSON of a document, or the diff of two, indented under its change. */
    private static void document(StringBuilder sb, PolicyDocument before, PolicyDocument after) {
        if (after == null) {
            return;
        }
        List<String> afterLines = PolicyJson.writePretty(after).lines().toList();
        List<String> lines = before == null
                ? afterLines.stream().map(l -> "+ " + l).toList()
                : LineDiff.diff(PolicyJson.writePretty(before).lines().toList(), afterLines);
        for (String l : lines) {
            sb.append("      ").append(l).append('\n');
        }
    }

    static String tally(List<Change> changes) {
        long add = changes.stream().filter(c -> c.kind() == Change.Kind.ADD).count();
        long change = changes.stream().filter(c -> c.kind() == Change.Kind.CHANGE).count();
        long remove = changes.stream().filter(c -> c.kind() == Change.Kind.REMOVE).count();
        return add + " to add, " + change + " to change, " + remove + " to remove";
    }

    static ArrayNode json(List<Change> changes) {
        ArrayNode arr = JsonNodeFactory.instance.arrayNode();
        changes.forEach(c -> arr.add(c.toJson()));
        return arr;
    }

    static ArrayNode notesJson(List<Note> notes) {
        ArrayNode arr = JsonNodeFactory.instance.arrayNode();
        for (Note n : notes) {
            arr.addObject().put("kind", n.kind().name()).put("target", n.target()).put("message", n.message());
        }
        return arr;
    }

    static ObjectNode calls(CallCounts calls) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("reads", calls.reads()).put("writes", calls.writes());
        ObjectNode ops = n.putObject("byOperation");
        calls.byOperation().forEach(ops::put);
        return n;
    }

    static String pretty(ObjectNode n) {
        try {
            return io.iamkit.json.Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(n);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("writing a tree of strings cannot fail", e);
        }
    }
}
