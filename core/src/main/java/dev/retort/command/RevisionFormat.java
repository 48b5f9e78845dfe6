package dev.retort.command;

import dev.retort.graph.PlanStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Text forms of revisions and migration steps, laid out as Alembic prints them; shared by the CLI and the Maven plugin. */
public final class RevisionFormat {

    private RevisionFormat() {
    }

    /** {@code down -> rev (head) (current), message}: one history line. */
    public static String line(RevisionSummary r, boolean current) {
        return (r.downRevisions().isEmpty() ? "<base>" : String.join(", ", r.downRevisions())) + " -> "
                + r.revision() + markers(r, current) + ", " + r.message();
    }

    /** {@code rev (labels) (head)}: how current and heads list a revision. */
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

    /** The multi-line form of {@code -v} and {@code show}: ids, parents, children, labels, file and message. */
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

    /** {@code Running upgrade a -> b, message}: the line Alembic logs as a step starts. */
    public static String step(PlanStep step) {
        return "Running " + step.operation().sqlName() + " " + heads(step.fromRevisions()) + " -> "
                + heads(step.toRevisions()) + (step.script() == null ? "" : ", " + step.script().message());
    }

    /** The closing line of {@code upgrade}/{@code downgrade}: what changed, or that nothing had to. */
    public static String summary(String verb, MigrationResult result) {
        if (result.steps().isEmpty()) {
            return "Nothing to " + verb + ": database at " + revisions(result.toHeads());
        }
        return verb.substring(0, 1).toUpperCase(Locale.ROOT) + verb.substring(1) + "d " + revisions(result.fromHeads())
                + " -> " + revisions(result.toHeads()) + " (" + result.steps().size() + " step(s) in "
                + result.durationMs() + " ms)";
    }

    /** The closing line of {@code stamp}. */
    public static String stamped(MigrationResult result) {
        return "Stamped " + revisions(result.fromHeads()) + " -> " + revisions(result.toHeads());
    }

    /** Revisions comma-separated, {@code base} when there are none. */
    public static String revisions(List<String> revisions) {
        return revisions.isEmpty() ? "base" : String.join(", ", revisions);
    }

    private static String heads(List<String> revisions) {
        return revisions.isEmpty() ? "<base>" : String.join(", ", revisions);
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
