package dev.retort.command;

import dev.retort.graph.RevisionNode;
import java.util.List;

/** A revision as commands report it. */
public record RevisionSummary(
        String revision,
        List<String> downRevisions,
        List<String> branchLabels,
        List<String> dependsOn,
        String message,
        String createDate,
        String source,
        String checksum,
        boolean head,
        boolean branchPoint,
        boolean mergePoint,
        boolean reversible) {

    /**
     * {@return the summary of a graph node}
     *
     * @param node the node
     */
    public static RevisionSummary of(RevisionNode node) {
        return new RevisionSummary(node.id(), node.downRevisions(), List.copyOf(node.branchLabels()),
                node.script().dependsOn(), node.script().message(), node.script().createDate(), node.script().source(),
                node.script().checksum(), node.isHead(), node.isBranchPoint(), node.isMergePoint(),
                node.script().reversible());
    }

    /** {@return one line as Alembic prints it: {@code down -> rev (head), message}} */
    public String line() {
        StringBuilder b = new StringBuilder();
        b.append(downRevisions.isEmpty() ? "<base>" : String.join(", ", downRevisions)).append(" -> ").append(revision);
        if (head) {
            b.append(" (head)");
        }
        if (branchPoint) {
            b.append(" (branchpoint)");
        }
        if (mergePoint) {
            b.append(" (mergepoint)");
        }
        if (!branchLabels.isEmpty()) {
            b.append(" (").append(String.join(", ", branchLabels)).append(')');
        }
        return b.append(", ").append(message).toString();
    }
}
