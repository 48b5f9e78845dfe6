package dev.retort.cli.output;

import dev.retort.command.RevisionSummary;
import dev.retort.script.LocationScanner;
import java.util.ArrayList;
import java.util.List;

/**
 * Revisions as Alembic 1.x prints them, line for line, so scripts written against {@code alembic history},
 * {@code current}, {@code heads}, {@code branches} and {@code show} read Retort's output too.
 */
public final class AlembicFormat {

    private AlembicFormat() {
    }

    /** A {@code history} line: {@code down (depends) -> rev (labels) (head) (current) (branchpoint), message}. */
    public static String history(RevisionSummary r, boolean current) {
        return brief(r, true, true, true, true, current);
    }

    /** A {@code heads} line: {@code rev (labels) (head)} (or {@code (effective head)}). */
    public static String head(RevisionSummary r) {
        return brief(r, true, false, false, false, false);
    }

    /** A {@code current} line: {@code rev (head) (mergepoint)}, without labels. */
    public static String current(RevisionSummary r) {
        return brief(r, false, false, false, true, false);
    }

    /** The first line of a {@code branches} entry: {@code rev (labels) (branchpoint)}. */
    public static String branchPoint(RevisionSummary r) {
        return brief(r, true, false, false, true, false);
    }

    /** A {@code branches} line under a branch point: the child, indented by the branch point's id. */
    public static String branch(RevisionSummary point, RevisionSummary child, boolean withMessage) {
        return " ".repeat(point.revision().length()) + " -> " + brief(child, true, withMessage, false, true, false);
    }

    /**
     * The block of {@code show} and of {@code -v} ({@code Rev:}, {@code Parent:}/{@code Merges:}, ..., {@code Path:},
     * the indented header text), ending with the empty line Alembic prints after it.
     */
    public static List<String> block(RevisionSummary r, List<String> children, boolean current) {
        List<String> lines = new ArrayList<>();
        lines.add("Rev: " + r.revision() + (r.head() ? " (head)" : "") + (r.branchPoint() ? " (branchpoint)" : "")
                + (r.mergePoint() ? " (mergepoint)" : "") + (current ? " (current)" : ""));
        lines.add((r.mergePoint() ? "Merges: " : "Parent: ") + down(r));
        if (!r.dependsOn().isEmpty()) {
            lines.add("Also depends on: " + String.join(", ", r.dependsOn()));
        }
        if (r.branchPoint()) {
            lines.add("Branches into: " + String.join(", ", children));
        }
        if (!r.branchLabels().isEmpty()) {
            lines.add("Branch names: " + String.join(", ", r.branchLabels()));
        }
        lines.add("Path: " + path(r.source()));
        lines.add("");
        for (String doc : List.of(r.message(), "", "Revision ID: " + r.revision(),
                "Revises: " + String.join(", ", r.downRevisions()),
                "Create Date: " + (r.createDate() == null ? "" : r.createDate()))) {
            lines.add("    " + doc);
        }
        lines.add("");
        return lines;
    }

    /** Alembic's {@code _head_only}: which parts a line carries depends on the command. */
    private static String brief(RevisionSummary r, boolean labels, boolean message, boolean parents,
            boolean treeIndicators, boolean current) {
        StringBuilder b = new StringBuilder();
        if (parents) {
            b.append(down(r));
            if (!r.dependsOn().isEmpty()) {
                b.append(" (").append(String.join(", ", r.dependsOn())).append(')');
            }
            b.append(" -> ");
        }
        b.append(r.revision());
        if (labels && !r.branchLabels().isEmpty()) {
            b.append(" (").append(String.join(", ", r.branchLabels())).append(')');
        }
        if (r.head() && !r.effectiveHead()) {
            b.append(" (head)");
        }
        if (r.effectiveHead()) {
            b.append(" (effective head)");
        }
        if (current) {
            b.append(" (current)");
        }
        if (treeIndicators && r.branchPoint()) {
            b.append(" (branchpoint)");
        }
        if (treeIndicators && r.mergePoint()) {
            b.append(" (mergepoint)");
        }
        if (message) {
            b.append(", ").append(r.message());
        }
        return b.toString();
    }

    private static String down(RevisionSummary r) {
        return r.downRevisions().isEmpty() ? "<base>" : String.join(", ", r.downRevisions());
    }

    /** A file read from a directory prints as its path, as Alembic prints the script's path. */
    private static String path(String source) {
        return source != null && source.startsWith(LocationScanner.FILESYSTEM)
                ? source.substring(LocationScanner.FILESYSTEM.length()) : source;
    }
}
