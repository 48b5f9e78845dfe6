package dev.retort.cli.output;

import dev.retort.command.RevisionSummary;
import java.util.ArrayList;
import java.util.List;

/** Text forms of a revision, laid out as Alembic prints them. */
public final class RevisionFormat {

    private RevisionFormat() {
    }

    /**
     * {@return one history line: {@code down -> rev (head) (current), message}}
     *
     * @param r the revision
     * @param current whether it is current
     */
    public static String line(RevisionSummary r, boolean current) {
        return (r.downRevisions().isEmpty() ? "<base>" : String.join(", ", r.downRevisions())) + " -> "
                + r.revision() + markers(r, current) + ", " + r.message();
    }

    /**
     * {@return how current and heads list a revision: {@code rev (labels) (head)}}
     *
     * @param r the revision
     */
    public static String brief(RevisionSummary r) {
        StringBuilder b = new StringBuilder(r.revision());
        if (!r.branchLabels().isEmpty()) {
            b.append(" (").append(String.join(", ", r.branchLabels())).append(')');
        }
        if (r.head()) {
            b.append(" (head)");
        }
        return b.toString();
    }

    /**
     * {@return the multi-line form of {@code -v} and {@code show}: ids, parents, children, labels, file and message}
     *
     * @param r the revision
     * @param children the ids of its children
     * @param current whether it is current
     */
    public static List<String> verbose(RevisionSummary r, List<String> children, boolean current) {
        List<String> lines = new ArrayList<>();
        lines.add("Rev: " + r.revision() + markers(r, current));
        if (r.mergePoint()) {
            lines.add("Merges: " + String.join(", ", r.downRevisions()));
        } else {
            lines.add("Parent: " + (r.downRevisions().isEmpty() ? "<base>" : r.downRevisions().get(0)));
        }
        if (!r.dependsOn().isEmpty()) {
            lines.add("Also depends on: " + String.join(", ", r.dependsOn()));
        }
        if (r.branchPoint()) {
            lines.add("Branches into: " + String.join(", ", children));
        }
        if (!r.branchLabels().isEmpty()) {
            lines.add("Branch names: " + String.join(", ", r.branchLabels()));
        }
        if (!r.reversible()) {
            lines.add("Irreversible: yes (no downgrade section)");
        }
        lines.add("Path: " + r.source());
        lines.add("");
        lines.add("    " + r.message());
        lines.add("");
        lines.add("    Revision ID: " + r.revision());
        lines.add("    Revises: " + String.join(", ", r.downRevisions()));
        lines.add("    Create Date: " + (r.createDate() == null ? "" : r.createDate()));
        return lines;
    }

    private static String markers(RevisionSummary r, boolean current) {
        StringBuilder b = new StringBuilder();
        if (!r.branchLabels().isEmpty()) {
            b.append(" (").append(String.join(", ", r.branchLabels())).append(')');
        }
        if (r.head()) {
            b.append(" (head)");
        }
        if (r.branchPoint()) {
            b.append(" (branchpoint)");
        }
        if (r.mergePoint()) {
            b.append(" (mergepoint)");
        }
        if (current) {
            b.append(" (current)");
        }
        return b.toString();
    }
}
