package dev.retort.graph;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Tracks the version-table rows while a plan is computed and says which rows each step inserts,
 * deletes or updates — Alembic's {@code HeadMaintainer} rules, so both tools leave the same rows.
 */
final class VersionRows {

    private final RevisionGraph graph;
    private final Set<String> heads;
    /** The step whose changes are being computed, for error messages: a revision run up or down, else a stamp. */
    private RevisionNode stepNode;
    private boolean stepUpgrade;
    private String stamp = "";

    VersionRows(RevisionGraph graph, List<String> current) {
        this.graph = graph;
        this.heads = new LinkedHashSet<>(current);
    }

    List<String> heads() {
        return List.copyOf(heads);
    }

    List<VersionChange> applyRevision(RevisionNode node, boolean upgrade) {
        List<String> down = node.normalizedDown;
        String id = node.id();
        List<String> from = upgrade ? down : List.of(id);
        List<String> to = upgrade ? List.of(id) : down;
        stepNode = node;
        stepUpgrade = upgrade;
        List<VersionChange> changes = new ArrayList<>();
        if (!upgrade && heads.contains(id) && (down.isEmpty() || unmergeTargets(node, to).isEmpty())) {
            delete(id, changes);
        } else if (upgrade && noneIn(down)) {
            insert(id, changes);
        } else if (upgrade && down.size() > 1 && down.stream().filter(heads::contains).count() > 1) {
            List<String> merged = mergeSources(from);
            for (String d : merged.subList(0, merged.size() - 1)) {
                delete(d, changes);
            }
            update(merged.get(merged.size() - 1), id, changes);
        } else if (!upgrade && heads.contains(id) && down.size() > 1) {
            List<String> targets = unmergeTargets(node, to);
            for (String ins : targets.subList(0, targets.size() - 1)) {
                insert(ins, changes);
            }
            update(id, targets.get(targets.size() - 1), changes);
        } else {
            String downRevision;
            if (down.size() != 1) {
                List<String> present = down.stream().filter(heads::contains).toList();
                if (present.size() != 1) {
                    throw new IllegalStateException("cannot update version row for " + id
                            + ": down revision is ambiguous among " + heads);
                }
                downRevision = present.get(0);
            } else {
                downRevision = down.get(0);
            }
            if (upgrade) {
                update(downRevision, id, changes);
            } else {
                update(id, downRevision, changes);
            }
        }
        return changes;
    }

    List<VersionChange> applyStamp(List<String> from, List<String> to, boolean upgrade, boolean branchMove) {
        List<VersionChange> changes = new ArrayList<>();
        stepNode = null;
        stamp = "stamp " + String.join(",", from) + " -> " + String.join(",", to);
        boolean createBranch = upgrade && (branchMove || from.stream().anyMatch(f -> !heads.contains(f)))
                && to.stream().anyMatch(t -> !heads.contains(t));
        if (!upgrade && branchMove) {
            delete(from.get(0), changes);
        } else if (createBranch) {
            insert(to.get(0), changes);
        } else if (from.size() > 1) {
            for (String d : from.subList(0, from.size() - 1)) {
                delete(d, changes);
            }
            update(from.get(from.size() - 1), to.get(0), changes);
        } else if (to.size() > 1) {
            for (String ins : to.subList(0, to.size() - 1)) {
                insert(ins, changes);
            }
            update(from.get(0), to.get(to.size() - 1), changes);
        } else {
            update(from.get(0), to.get(0), changes);
        }
        return changes;
    }

    /** For a merge upgrade: the parents still in the rows that no other head already implies. */
    private List<String> mergeSources(List<String> from) {
        Set<String> others = new LinkedHashSet<>(heads);
        from.forEach(others::remove);
        List<String> result = new ArrayList<>(from);
        if (!others.isEmpty()) {
            BitSet implied = ancestorIds(others);
            result.removeIf(id -> implied.get(graph.orderOf(id)));
        }
        return graph.byOrder(result);
    }

    /** For an unmerge downgrade: the parents that must become rows again. */
    private List<String> unmergeTargets(RevisionNode node, List<String> to) {
        Set<String> others = new LinkedHashSet<>(heads);
        others.remove(node.id());
        List<String> result = new ArrayList<>(to);
        if (!others.isEmpty()) {
            BitSet implied = ancestorIds(others);
            result.removeIf(id -> implied.get(graph.orderOf(id)));
        } else {
            Set<String> implied = new HashSet<>();
            for (String t : to) {
                for (RevisionNode a : graph.ancestors(List.of(graph.node(t)), true)) {
                    if (!a.id().equals(t)) {
                        implied.add(a.id());
                    }
                }
            }
            result.removeIf(implied::contains);
        }
        return graph.byOrder(result);
    }

    private BitSet ancestorIds(Set<String> ids) {
        List<RevisionNode> nodes = new ArrayList<>();
        for (String id : ids) {
            if (graph.contains(id)) {
                nodes.add(graph.node(id));
            }
        }
        return graph.ancestorOrders(nodes);
    }

    /** Whether no revision of {@code ids} has a row (true for none at all). */
    private boolean noneIn(List<String> ids) {
        for (String id : ids) {
            if (heads.contains(id)) {
                return false;
            }
        }
        return true;
    }

    // the checks below build their message only when they fail: a plan runs them for every revision
    private void insert(String id, List<VersionChange> changes) {
        if (heads.contains(id)) {
            refuse("insert a row for " + id + ", which is already there");
        }
        heads.add(id);
        changes.add(new VersionChange.Insert(id));
    }

    private void delete(String id, List<VersionChange> changes) {
        if (!heads.contains(id)) {
            refuse("delete the row of " + id + ", which is not there");
        }
        heads.remove(id);
        changes.add(new VersionChange.Delete(id));
    }

    private void update(String from, String to, List<VersionChange> changes) {
        if (!heads.contains(from)) {
            refuse("update the row of " + from + ", which is not there, to " + to);
        }
        if (heads.contains(to)) {
            refuse("update the row of " + from + " to " + to + ", which is already there");
        }
        heads.remove(from);
        heads.add(to);
        changes.add(new VersionChange.Update(from, to));
    }

    /**
     * Alembic's HeadMaintainer asserts (and its one-row checks) for every row change. Failing here, at
     * planning time, refuses the command before any revision runs; Alembic fails on the same step
     * halfway through the migration.
     */
    private void refuse(String what) {
        String step = stepNode == null ? stamp : (stepUpgrade ? "upgrade " : "downgrade ") + stepNode.id();
        throw new RevisionGraphException("Cannot compute the version rows for '" + step + "': it would " + what
                + " (rows at that point: " + heads + "). Alembic fails on this step too. A common cause is a "
                + "merge revision whose depends_on names a revision that is already an ancestor of another of "
                + "its down revisions; remove that depends_on entry");
    }
}
