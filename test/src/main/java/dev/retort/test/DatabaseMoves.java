package dev.retort.test;

import dev.retort.Retort;
import dev.retort.command.MigrationResult;
import dev.retort.command.RevisionSummary;
import dev.retort.graph.IrreversibleRevisionException;
import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Moves the database between revisions with the engine's own upgrade and downgrade commands, including the
 * one Retort has no single identifier for: undoing exactly one revision that is a current head.
 */
final class DatabaseMoves {

    private final Retort retort;
    private final RevisionGraph graph;

    DatabaseMoves(Retort retort) {
        this.retort = retort;
        this.graph = retort.graph();
    }

    Retort retort() {
        return retort;
    }

    RevisionGraph graph() {
        return graph;
    }

    /** The revisions in the version table. */
    List<String> current() {
        return retort.current().current().stream().map(RevisionSummary::revision).toList();
    }

    /** Every applied revision: the version rows and their ancestors, dependencies included. */
    Set<RevisionNode> applied() {
        return graph.ancestors(nodes(current()), true);
    }

    /** Every revision, parents (and {@code depends_on} targets) before children, oldest branch first. */
    List<RevisionNode> parentsFirst() {
        List<RevisionSummary> newestFirst = retort.history(null);
        Set<RevisionNode> out = new LinkedHashSet<>(newestFirst.size() * 2);
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            visit(graph.node(newestFirst.get(i).revision()), out);
        }
        return List.copyOf(out);
    }

    private void visit(RevisionNode node, Set<RevisionNode> out) {
        if (out.contains(node)) {
            return;
        }
        for (String down : node.normalizedDownRevisions()) {
            visit(graph.node(down), out);
        }
        out.add(node);
    }

    /**
     * Undoes {@code head} alone: {@code <rev>@<down revision>} (or {@code <rev>@base} for a root) limits the
     * downgrade to that revision's lineage, so sibling branches and the other parent of a merge stay applied.
     */
    MigrationResult downgradeAlone(RevisionNode head) {
        List<String> downs = head.downRevisions();
        return retort.downgrade(head.id() + "@" + (downs.isEmpty() ? "base" : downs.get(0)));
    }

    /**
     * Takes the database as low as it can go: base, or, when irreversible revisions are applied, just those
     * and their ancestors. Returns what stays applied (empty at base).
     */
    Set<RevisionNode> toLowestPoint() {
        try {
            retort.downgrade("base");
            return Set.of();
        } catch (IrreversibleRevisionException e) {
            peel(Set.of(), true);
            return applied();
        }
    }

    /**
     * Leaves exactly {@code targets} and their ancestors applied (nothing else), downgrading what is past
     * them and upgrading what is missing. An empty list means base.
     */
    void moveTo(Collection<RevisionNode> targets) {
        Set<RevisionNode> keep = targets.isEmpty() ? Set.of() : graph.ancestors(targets, true);
        Set<RevisionNode> applied = applied();
        if (!keep.containsAll(applied)) {
            if (targets.isEmpty()) {
                retort.downgrade("base");
            } else if (targets.size() == 1 && applied.contains(targets.iterator().next())) {
                // one command for the usual case: a Spring test starts at head, on the target's own lineage
                retort.downgrade(targets.iterator().next().id());
            }
            peel(keep, false);
        }
        for (RevisionNode target : targets) {
            retort.upgrade(target.id());
        }
    }

    /**
     * Undoes current heads one at a time until every applied revision is in {@code keep}; with
     * {@code stopAtIrreversible}, irreversible heads stay (else their downgrade is refused with Retort's message).
     */
    private void peel(Set<RevisionNode> keep, boolean stopAtIrreversible) {
        while (true) {
            RevisionNode next = null;
            for (RevisionNode head : nodes(current())) {
                if (!keep.contains(head) && (head.script().reversible() || !stopAtIrreversible)) {
                    next = head;
                    break;
                }
            }
            if (next == null) {
                return;
            }
            MigrationResult result = downgradeAlone(next);
            if (result.toHeads().contains(next.id())) {
                throw new IllegalStateException("Downgrading " + next.id() + " alone left it applied (" + result.toHeads()
                        + "); please report this as a Retort bug");
            }
        }
    }

    /** The revisions named, skipping rows no script defines (the commands report those themselves). */
    List<RevisionNode> nodes(Collection<String> ids) {
        List<RevisionNode> out = new ArrayList<>(ids.size());
        for (String id : new LinkedHashSet<>(ids)) {
            if (graph.contains(id)) {
                out.add(graph.node(id));
            }
        }
        return out;
    }

    /** {@code Revision <id> (<message>, <file>)}, how failures name a revision. */
    static String describe(RevisionNode node) {
        String message = node.script().message();
        return "Revision " + node.id() + " (" + (message.isEmpty() ? "" : message + ", ") + node.script().source()
                + ")";
    }
}
