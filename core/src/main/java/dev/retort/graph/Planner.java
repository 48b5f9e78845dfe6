package dev.retort.graph;

import dev.retort.graph.PlanStep.Operation;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Computes upgrade, downgrade and stamp plans on a {@link RevisionGraph}, step for step and row for
 * row as Alembic does, from the current version-table rows. Pure: no database access.
 */
public final class Planner {

    private final RevisionGraph graph;

    /** @param graph the revision graph to plan over */
    public Planner(RevisionGraph graph) {
        this.graph = graph;
    }

    // ---------------------------------------------------------------- upgrade

    /**
     * {@return the steps that bring {@code current} up to {@code target} (Alembic's {@code upgrade})}
     *
     * @param target a revision identifier
     * @param current the version rows
     */
    public MigrationPlan upgrade(String target, List<String> current) {
        RevisionGraph.requireIdentifier(target);
        List<RevisionNode> currentRevs = nodes(current);
        if ("current".equals(target)) {
            return new MigrationPlan(current, current, List.of());
        }
        List<RevisionNode> targets = parseUpgradeTarget(current, target);
        BitSet required = graph.ancestorsChecked(targets); // the targets included
        required.andNot(graph.ancestorsChecked(currentRevs));
        List<RevisionNode> order = topologicalSort(required, targets);
        Collections.reverse(order);
        return toPlan(order, true, current);
    }

    private List<RevisionNode> parseUpgradeTarget(List<String> current, String target) {
        Matcher m = RevisionGraph.relative(target);
        if (m == null) {
            return graph.resolve(target);
        }
        String label = m.group(1);
        String symbol = m.group(2);
        int relative = RevisionGraph.steps(m.group(3), target);
        String walked;
        if (relative > 0) {
            if (symbol == null) {
                List<String> start = new ArrayList<>(current);
                if (label != null) {
                    start = graph.filterForLineage(current, label);
                    if (start.isEmpty()) {
                        Set<String> active = new LinkedHashSet<>();
                        for (RevisionNode n : graph.ancestors(nodes(current), true)) {
                            active.add(n.id());
                        }
                        List<String> onBranch = graph.filterForLineage(active, label);
                        Set<String> tops = new LinkedHashSet<>(onBranch);
                        for (String id : onBranch) {
                            graph.node(id).normalizedDown.forEach(tops::remove);
                        }
                        start = new ArrayList<>(tops);
                    }
                }
                if (start.size() > 1) {
                    throw new RevisionResolutionException("Ambiguous upgrade " + target + " from several current "
                            + "revisions (" + String.join(", ", start) + "); use <label>@" + m.group(3)
                            + " or <revision>" + m.group(3), start);
                }
                walked = graph.walk(start.isEmpty() ? null : graph.node(start.get(0)), relative, label, true);
            } else {
                walked = graph.walk(graph.resolveOne(symbol), relative, label, true);
            }
        } else {
            if (symbol == null) {
                throw new RevisionResolutionException("Relative revision " + target
                        + " goes down; use 'downgrade " + target + "' or <revision>" + m.group(3));
            }
            walked = graph.walk(graph.resolveOne(label == null ? symbol : label + "@" + symbol), relative, null, true);
        }
        if (walked == null) {
            throw new RevisionResolutionException("Relative revision " + target + " didn't produce "
                    + Math.abs(relative) + " migrations: it walks past the end of the graph");
        }
        return RevisionGraph.BASE.equals(walked) ? List.of() : List.of(graph.node(walked));
    }

    // ---------------------------------------------------------------- downgrade

    /**
     * {@return the steps that bring {@code current} down to {@code target} (Alembic's {@code downgrade})}
     *
     * @param target a revision identifier
     * @param current the version rows
     */
    public MigrationPlan downgrade(String target, List<String> current) {
        RevisionGraph.requireIdentifier(target);
        List<RevisionNode> heads = nodes(current);
        if ("current".equals(target)) {
            return new MigrationPlan(current, current, List.of());
        }
        String[] parsedLabel = new String[1];
        RevisionNode targetRev = parseDowngradeTarget(current, target, parsedLabel);
        String label = parsedLabel[0];
        List<RevisionNode> roots = new ArrayList<>();
        if (targetRev == null) {
            for (RevisionNode n : graph.revisions()) {
                if (n.isBase()) {
                    roots.add(n);
                }
            }
        } else {
            for (String child : targetRev.children) {
                roots.add(graph.node(child));
            }
        }
        if (label != null && roots.size() > 1) {
            Set<RevisionNode> ancestors = graph.ancestors(List.of(graph.resolveBranch(label)), false);
            roots.retainAll(ancestors);
            if (roots.isEmpty()) {
                throw new RevisionResolutionException("Not a valid downgrade target from current heads: " + target);
            }
        }
        Set<RevisionNode> drop = new LinkedHashSet<>(graph.descendants(roots, true));
        drop.retainAll(graph.ancestors(heads, true));
        BitSet dropOrders = new BitSet(graph.size());
        drop.forEach(n -> dropOrders.set(n.order));
        if (targetRev != null && drop.isEmpty() && !heads.contains(targetRev)) {
            throw new RevisionResolutionException("Destination " + targetRev.id()
                    + " is not a valid downgrade target from current head(s) " + describe(current)
                    + ": it is not applied; use 'upgrade' to move forward");
        }
        List<RevisionNode> order = topologicalSort(dropOrders, heads);
        MigrationPlan plan = toPlan(order, false, current);
        for (PlanStep step : plan.steps()) {
            if (!step.script().reversible()) {
                throw new IrreversibleRevisionException("Cannot downgrade to " + target + ": revision "
                        + step.script().id() + " (" + step.script().source() + ") is irreversible; nothing was run. "
                        + "Downgrade to a revision above it, or add a '-- retort:downgrade' section");
            }
        }
        return plan;
    }

    private RevisionNode parseDowngradeTarget(List<String> current, String target, String[] labelOut) {
        Matcher m = RevisionGraph.relative(target);
        if (m != null) {
            String label = m.group(1);
            String symbol = m.group(2);
            int relative = RevisionGraph.steps(m.group(3), target);
            labelOut[0] = label;
            if (relative >= 0) {
                if (symbol == null) {
                    throw new RevisionResolutionException("Relative revision " + target
                            + " goes up; use 'upgrade " + target + "'");
                }
                String walked = graph.walk(graph.resolveOne(symbol), relative, label, true);
                if (walked == null) {
                    throw new RevisionResolutionException("Relative revision " + target + " walks past the heads");
                }
                return RevisionGraph.BASE.equals(walked) ? null : graph.node(walked);
            }
            boolean fromCurrent = symbol == null;
            if (fromCurrent) {
                if (label != null) {
                    List<String> onBranch = graph.filterForLineage(current, label);
                    if (onBranch.isEmpty()) {
                        onBranch = graph.filterForLineage(allCurrent(current), label);
                    }
                    if (onBranch.size() != 1) {
                        throw new RevisionResolutionException("'" + target + "': branch '" + label
                                + "' is not applied in the current revisions " + describe(current));
                    }
                    symbol = onBranch.get(0);
                } else {
                    Set<String> distinct = new LinkedHashSet<>(current);
                    if (distinct.isEmpty()) {
                        throw new RevisionResolutionException("Relative revision " + target
                                + " didn't produce " + Math.abs(relative) + " migrations: nothing is applied");
                    }
                    if (distinct.size() > 1) {
                        throw new RevisionResolutionException("'downgrade " + target + "' is ambiguous: the database "
                                + "is at several heads (" + String.join(", ", distinct) + "); use <branch_label>@"
                                + relative + " or name the revision to downgrade to", List.copyOf(distinct));
                    }
                    symbol = current.get(0);
                    label = symbol;
                    labelOut[0] = label;
                }
            }
            RevisionNode start = graph.resolveOne(label == null ? symbol : label + "@" + symbol);
            String walked = graph.walk(start, relative, null, true);
            if (walked == null) {
                throw new RevisionResolutionException("Relative revision " + target + " didn't produce "
                        + Math.abs(relative) + " migrations: it walks below base");
            }
            return RevisionGraph.BASE.equals(walked) ? null : graph.node(walked);
        }
        int at = target.lastIndexOf('@');
        labelOut[0] = at < 0 ? null : target.substring(0, at);
        String symbol = at < 0 ? target : target.substring(at + 1);
        if (symbol.equals("base") || symbol.isEmpty()) {
            return null;
        }
        return graph.resolveOne(target);
    }

    /** The current heads plus every ancestor, reduced to the tips of each branch. */
    private List<String> allCurrent(List<String> current) {
        Set<RevisionNode> top = new LinkedHashSet<>(graph.ancestors(nodes(current), true));
        List<String> tips = new ArrayList<>();
        for (RevisionNode rev : top) {
            boolean hasDescendantInSet = false;
            for (RevisionNode d : graph.descendants(List.of(rev), false)) {
                if (d != rev && top.contains(d)) {
                    hasDescendantInSet = true;
                    break;
                }
            }
            if (!hasDescendantInSet) {
                tips.add(rev.id());
            }
        }
        return tips;
    }

    // ---------------------------------------------------------------- stamp

    /**
     * {@return version-row-only steps to {@code targets}} Each target keeps the branches it is not on, so stamping
     * several targets never merges their branches. With {@code purge}, the rows are cleared first (and may name
     * revisions no script defines).
     *
     * @param targets revision identifiers
     * @param current the version rows
     * @param purge clear the rows first
     */
    public MigrationPlan stamp(List<String> targets, List<String> current, boolean purge) {
        List<String> start = purge ? List.of() : current;
        List<RevisionNode> headRevs = nodes(start);
        List<String> wanted = targets.isEmpty() ? List.of("base") : targets;
        List<StampMove> moves = new ArrayList<>();
        for (String target : wanted) {
            RevisionGraph.requireIdentifier(target);
            List<String> lineage = new ArrayList<>();
            for (RevisionNode h : headRevs) {
                if (graph.filterForLineage(List.of(h.id()), target, true).size() == 1) {
                    lineage.add(h.id());
                }
            }
            List<RevisionNode> dests = graph.resolve(target);
            if (dests.isEmpty()) {
                for (String head : lineage) {
                    moves.add(new StampMove(List.of(head), List.of(), false, true));
                }
                continue;
            }
            for (RevisionNode dest : dests) {
                if (lineage.contains(dest.id())) {
                    continue;
                }
                Set<RevisionNode> descendants = graph.descendants(List.of(dest), true);
                Set<RevisionNode> ancestors = graph.ancestors(List.of(dest), true);
                List<RevisionNode> lineageNodes = nodes(lineage);
                if (lineageNodes.stream().anyMatch(descendants::contains)) {
                    moves.add(new StampMove(lineage, List.of(dest.id()), false, false));
                } else if (lineageNodes.stream().anyMatch(ancestors::contains)) {
                    moves.add(new StampMove(lineage, List.of(dest.id()), true, false));
                } else {
                    moves.add(new StampMove(List.of(), List.of(dest.id()), true, true));
                }
            }
        }
        VersionRows rows = new VersionRows(graph, start);
        List<PlanStep> steps = new ArrayList<>();
        for (StampMove move : moves) {
            List<VersionChange> changes = rows.applyStamp(move.from, move.to, move.upgrade, move.branchMove);
            steps.add(new PlanStep(Operation.STAMP, null, move.from, move.to, changes, rows.heads()));
        }
        return new MigrationPlan(current, rows.heads(), steps);
    }

    private record StampMove(List<String> from, List<String> to, boolean upgrade, boolean branchMove) {
    }

    // ---------------------------------------------------------------- history

    /**
     * {@return the revisions between {@code lower} and {@code upper} inclusive, newest first, as {@code history -r}
     * lists them} Either end may be {@code base}/{@code heads} or any identifier.
     *
     * @param lower the oldest end
     * @param upper the newest end
     */
    public List<RevisionNode> range(String lower, String upper) {
        List<RevisionNode> targets = parseUpgradeTarget(List.of(), upper);
        BitSet needs = graph.ancestorsChecked(targets); // the targets included
        List<RevisionNode> lowerRevs = graph.resolve(lower);
        for (RevisionNode l : lowerRevs) {
            if (!needs.get(l.order)) {
                throw new RevisionResolutionException("Revision " + l.id() + " is not an ancestor of " + upper
                        + "; write the range as older:newer");
            }
        }
        needs.andNot(graph.ancestorsChecked(lowerRevs));
        lowerRevs.forEach(l -> needs.set(l.order));
        if (!lowerRevs.isEmpty()) {
            needs.and(graph.descendantsChecked(lowerRevs, false));
        }
        return topologicalSort(needs, targets);
    }

    // ---------------------------------------------------------------- shared

    private MigrationPlan toPlan(List<RevisionNode> order, boolean upgrade, List<String> current) {
        VersionRows rows = new VersionRows(graph, current);
        List<PlanStep> steps = new ArrayList<>(order.size());
        for (RevisionNode node : order) {
            String id = node.id();
            List<VersionChange> changes = rows.applyRevision(node, upgrade);
            List<String> from = upgrade ? node.script.downRevisions() : List.of(id);
            List<String> to = upgrade ? List.of(id) : node.script.downRevisions();
            steps.add(new PlanStep(upgrade ? Operation.UPGRADE : Operation.DOWNGRADE, node.script, from, to,
                    changes, rows.heads()));
        }
        return new MigrationPlan(current, rows.heads(), steps);
    }

    /**
     * Alembic's ordering: revisions from the given heads downward, each after everything that depends on it,
     * following one branch as far as it goes before the next. Works on load orders: {@code revisions} is a set of
     * them, and is consumed.
     */
    private List<RevisionNode> topologicalSort(BitSet todo, Collection<RevisionNode> heads) {
        BitSet headOrders = new BitSet(graph.size());
        for (RevisionNode h : heads) {
            if (todo.get(h.order)) {
                headOrders.set(h.order);
            }
        }
        List<Integer> currentHeads = new ArrayList<>();
        List<BitSet> ancestorsByIdx = new ArrayList<>();
        for (int h = headOrders.nextSetBit(0); h >= 0; h = headOrders.nextSetBit(h + 1)) {
            currentHeads.add(h);
            ancestorsByIdx.add(ancestorOrders(h));
        }
        List<RevisionNode> output = new ArrayList<>(todo.cardinality());
        int idx = 0;
        while (!currentHeads.isEmpty()) {
            int candidate = currentHeads.get(idx);
            boolean moved = false;
            for (int j = 0; j < ancestorsByIdx.size(); j++) {
                if (j != idx && ancestorsByIdx.get(j).get(candidate)) {
                    idx = j;
                    moved = true;
                    break;
                }
            }
            if (moved) {
                continue;
            }
            RevisionNode rev = graph.nodeAt(candidate);
            if (todo.get(candidate)) {
                todo.clear(candidate);
                output.add(rev);
            }
            int[] parents = graph.parentOrders(rev);
            int[] toAdd = new int[parents.length];
            int added = 0;
            for (int r : parents) {
                if (todo.get(r) && !contains(currentHeads, r)) {
                    toAdd[added++] = r;
                }
            }
            if (added == 0) {
                currentHeads.remove(idx);
                ancestorsByIdx.remove(idx);
                idx = Math.max(idx - 1, 0);
            } else if (rev.normalizedDependencies.isEmpty() && rev.script.downRevisions().size() == 1) {
                currentHeads.set(idx, toAdd[0]);
                ancestorsByIdx.get(idx).clear(candidate);
            } else {
                currentHeads.set(idx, toAdd[0]);
                ancestorsByIdx.set(idx, ancestorOrders(toAdd[0]));
                for (int i = 1; i < added; i++) {
                    currentHeads.add(toAdd[i]);
                    ancestorsByIdx.add(ancestorOrders(toAdd[i]));
                }
            }
        }
        if (!todo.isEmpty()) {
            List<String> left = new ArrayList<>();
            todo.stream().forEach(o -> left.add(graph.nodeAt(o).id()));
            throw new IllegalStateException("topological sort left revisions unvisited: " + left);
        }
        return output;
    }

    private static boolean contains(List<Integer> list, int value) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == value) {
                return true;
            }
        }
        return false;
    }

    private BitSet ancestorOrders(int order) {
        return graph.ancestorOrders(List.of(graph.nodeAt(order)));
    }

    private List<RevisionNode> nodes(Collection<String> ids) {
        List<RevisionNode> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            if (!graph.contains(id)) {
                throw new UnknownVersionException(id);
            }
            out.add(graph.node(id));
        }
        return out;
    }

    private static String describe(List<String> current) {
        return current.isEmpty() ? "(base)" : "(" + String.join(", ", current) + ")";
    }
}
