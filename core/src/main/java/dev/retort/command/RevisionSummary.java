package dev.retort.command;

import dev.retort.graph.RevisionNode;
import java.util.List;

/**
 * A revision as commands report it.
 *
 * @param head nothing names it as {@code down_revision}
 * @param effectiveHead a head that another revision names in {@code depends_on} (Alembic's "effective head")
 */
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
        boolean effectiveHead,
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
                node.script().checksum(), node.isHead(), node.isHead() && !node.isRealHead(), node.isBranchPoint(),
                node.isMergePoint(), node.script().reversible());
    }

    /** A version-table row that no revision script defines. */
    public static RevisionSummary unknown(String revision) {
        return new RevisionSummary(revision, List.of(), List.of(), List.of(), "", null, null, null, false, false, false,
                false, false);
    }
}
