package dev.retort.command;

import dev.retort.exec.OfflineSqlRenderer;
import dev.retort.graph.PlanStep;
import dev.retort.script.LocationScanner;
import java.util.ArrayList;
import java.util.List;

/**
 * Revisions as Alembic 1.x prints them, line for line, so scripts written against {@code alembic history},
 * {@code current}, {@code heads}, {@code branches} and {@code show} read Retort's output too; with the line each
 * migration step logs as it starts and the closing line of {@code upgrade}, {@code downgrade} and {@code stamp}.
 * The one formatter of the CLI and the Maven plugin, so both print the same lines for the same command.
 */
public final class AlembicFormat {

    private AlembicFormat() {
    }

    /**
     * {@return a {@code history} line: {@code down (depends) -> rev (labels) (head) (current) (branchpoint), message}}
     *
     * @param r the revision
     * @param current whether the database is at it ({@code -i})
     */
    public static String history(RevisionSummary r, boolean current) {
        return brief(r, true, true, true, true, current);
    }

    /**
     * {@return a {@code heads} line: {@code rev (labels) (head)} (or {@code (effective head)})}
     *
     * @param r the head
     */
    public static String head(RevisionSummary r) {
        return brief(r, true, false, false, false, false);
    }

    /**
     * {@return a {@code current} line: {@code rev (head) (mergepoint)}, without labels}
     *
     * @param r a revision the database is at
     */
    public static String current(RevisionSummary r) {
        return brief(r, false, false, false, true, false);
    }

    /**
     * {@return the first line of a {@code branches} entry: {@code rev (labels) (branchpoint)}}
     *
     * @param r the branch point
     */
    public static String branchPoint(RevisionSummary r) {
        return brief(r, true, false, false, true, false);
    }

    /**
     * {@return a {@code branches} line under a branch point: the child, indented by the branch point's id}
     *
     * @param point the branch point
     * @param child the revision a branch starts with
     * @param withMessage whether the line ends with the child's message ({@code -v})
     */
    public static String branch(RevisionSummary point, RevisionSummary child, boolean withMessage) {
        return " ".repeat(point.revision().length()) + " -> " + brief(child, true, withMessage, false, true, false);
    }

    /**
     * {@return the block of {@code show} and of {@code -v} ({@code Rev:}, {@code Parent:}/{@code Merges:}, ...,
     * {@code Path:}, the indented header text), ending with the empty line Alembic prints after it}
     *
     * @param r the revision
     * @param children the revisions that build on it (listed for a branch point)
     * @param current whether the database is at it
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

    /**
     * {@return the line Alembic logs as a step starts: {@code Running upgrade a -> b, message}, base as an empty
     * string, a stamp as {@code stamp_revision}}
     *
     * @param step the step about to run
     */
    public static String step(PlanStep step) {
        String message = step.script() == null ? "" : step.script().message();
        return "Running " + OfflineSqlRenderer.marker(step) + (message.isEmpty() ? "" : ", " + message);
    }

    /**
     * {@return the closing line of an upgrade or downgrade: {@code Upgraded a -> b (2 step(s) in 41 ms)}, or
     * {@code Nothing to upgrade: database at a}}
     *
     * @param verb {@code upgrade} or {@code downgrade}
     * @param result what the command did
     */
    public static String summary(String verb, MigrationResult result) {
        if (result.steps().isEmpty()) {
            return "Nothing to " + verb + ": database at " + heads(result.toHeads());
        }
        return Character.toUpperCase(verb.charAt(0)) + verb.substring(1) + "d " + heads(result.fromHeads()) + " -> "
                + heads(result.toHeads()) + " (" + result.steps().size() + " step(s) in " + result.durationMs()
                + " ms)";
    }

    /**
     * {@return the closing line of a stamp: {@code Stamped a -> b}}
     *
     * @param result what the stamp did
     */
    public static String stamped(MigrationResult result) {
        return "Stamped " + heads(result.fromHeads()) + " -> " + heads(result.toHeads());
    }

    /**
     * {@return revisions comma-separated, {@code base} when there are none, as the closing lines name them}
     *
     * @param revisions revision ids
     */
    public static String heads(List<String> revisions) {
        return revisions.isEmpty() ? "base" : String.join(", ", revisions);
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
