package dev.retort.graph;

import dev.retort.script.RevisionScript;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The immutable revision DAG, built and validated once in a single linear pass, with Alembic's
 * identifier semantics ({@code head}, {@code heads}, {@code base}, prefixes, {@code label@head},
 * relative {@code +N}/{@code -N}).
 */
public final class RevisionGraph {

    /** Alembic's relative identifier: {@code [label@][symbol](+|-)N}. */
    static final Set<String> RESERVED = Set.of("head", "heads", "base", "current");
    /** Sentinel returned by walks that step below the roots. */
    static final String BASE = "base";
    /** 8 MB of ancestor sets at most: e.g. 1,000 merge parents in a 64,000-revision graph. */
    private static final long ANCESTOR_SET_BUDGET_WORDS = 1L << 20;

    private final Map<String, RevisionNode> nodes;
    private final Map<String, RevisionNode> labels;
    private final List<String> heads;
    private final List<String> realHeads;
    private final List<String> bases;
    /** Nodes by load order, and each node's normalized down revisions as load orders (for ancestor bit sets). */
    private RevisionNode[] byOrder;
    private int[][] parentOrders;
    /** Load orders, every revision after its parents. */
    private int[] parentsFirst;
    /** See {@link #mergeParentAncestors()}; built on first use. */
    private volatile long[][] mergeParentAncestors;
    /** See {@link #childOrders(boolean)}; built on first use. */
    private volatile int[][] childOrders;
    private volatile int[][] allChildOrders;

    private RevisionGraph(Map<String, RevisionNode> nodes, Map<String, RevisionNode> labels) {
        this.nodes = nodes;
        this.labels = labels;
        List<String> h = new ArrayList<>();
        List<String> rh = new ArrayList<>();
        List<String> b = new ArrayList<>();
        for (RevisionNode node : nodes.values()) {
            if (node.children.isEmpty()) {
                h.add(node.id());
            }
            if (node.allChildren.isEmpty()) {
                rh.add(node.id());
            }
            if (node.isBase()) {
                b.add(node.id());
            }
        }
        this.heads = List.copyOf(h);
        this.realHeads = List.copyOf(rh);
        this.bases = List.copyOf(b);
    }

    /**
     * Builds and validates the graph; every problem names the file it is in.
     *
     * @param scripts the loaded revisions
     * @return the graph
     */
    public static RevisionGraph build(Collection<RevisionScript> scripts) {
        Map<String, RevisionNode> nodes = new LinkedHashMap<>(scripts.size() * 2);
        int order = 0;
        for (RevisionScript script : scripts) {
            String id = script.id();
            if (RESERVED.contains(id)) {
                throw new RevisionGraphException(script.source() + ": revision id '" + id
                        + "' is a reserved identifier; choose another id");
            }
            RevisionNode previous = nodes.put(id, new RevisionNode(script, order++));
            if (previous != null) {
                throw new RevisionGraphException(script.source() + ": duplicate revision id '" + id
                        + "', also defined in " + previous.script.source() + "; give one of them a new id");
            }
            for (List<String> names : List.of(script.downRevisions(), script.dependsOn())) {
                if (names.size() > 1 && new HashSet<>(names).size() < names.size()) { // one name is never twice
                    throw new RevisionGraphException(script.source() + ": revision '" + id + "' lists a revision twice "
                            + "in " + (names == script.downRevisions() ? "down_revision" : "depends_on") + " (" + names
                            + "); name each revision once");
                }
            }
            if (script.downRevisions().contains(id) || script.dependsOn().contains(id)) {
                throw new RevisionGraphException(script.source() + ": revision '" + id
                        + "' names itself as down_revision or depends_on (a cycle of one)");
            }
        }
        Map<String, RevisionNode> labels = new HashMap<>();
        for (RevisionNode node : nodes.values()) {
            for (String label : node.script.branchLabels()) {
                RevisionNode other = labels.get(label);
                if (other != null) {
                    throw new RevisionGraphException(node.script.source() + ": branch label '" + label
                            + "' is already claimed by revision " + other.id() + " (" + other.script.source()
                            + "); a label names one branch");
                }
                if (nodes.containsKey(label) || RESERVED.contains(label) || label.contains("@")) {
                    throw new RevisionGraphException(node.script.source() + ": branch label '" + label
                            + "' is a revision id or reserved word; choose another label");
                }
                labels.put(label, node);
            }
        }
        RevisionNode[] byOrder = nodes.values().toArray(new RevisionNode[0]);
        // edges as load orders, each id looked up once: the walks below run over int arrays instead of hashing ids
        int[][] downOrders = new int[byOrder.length][];
        int[][] allDownOrders = new int[byOrder.length][];
        for (RevisionNode node : byOrder) {
            RevisionScript s = node.script;
            List<String> downs = s.downRevisions();
            int[] orders = new int[downs.size()];
            for (int i = 0; i < orders.length; i++) {
                RevisionNode parent = nodes.get(downs.get(i));
                if (parent == null) {
                    throw new RevisionGraphException(s.source() + ": down_revision '" + downs.get(i) + "' of revision "
                            + s.id() + " is not defined by any revision; fix the header or restore the missing file");
                }
                orders[i] = parent.order;
            }
            downOrders[node.order] = orders;
            if (s.dependsOn().isEmpty()) {
                allDownOrders[node.order] = orders;
                continue;
            }
            List<String> deps = new ArrayList<>(s.dependsOn().size());
            for (String dep : s.dependsOn()) {
                RevisionNode target = nodes.containsKey(dep) ? nodes.get(dep) : labels.get(dep);
                if (target == null) {
                    throw new RevisionGraphException(s.source() + ": depends_on '" + dep + "' of revision "
                            + s.id() + " is neither a revision id nor a branch label");
                }
                deps.add(target.id());
            }
            node.resolvedDependencies = List.copyOf(deps);
            node.allDown = dedupe(s.downRevisions(), node.resolvedDependencies);
            int[] all = new int[node.allDown.size()];
            for (int i = 0; i < all.length; i++) {
                all[i] = nodes.get(node.allDown.get(i)).order;
            }
            allDownOrders[node.order] = all;
        }
        ChildIndex childIndex = ChildIndex.of(byOrder.length, allDownOrders);
        setChildren(byOrder, childIndex, downOrders, allDownOrders);
        int[] topological = detectCycles(byOrder, allDownOrders, childIndex);
        RevisionGraph graph = new RevisionGraph(nodes, labels);
        graph.byOrder = byOrder;
        graph.normalizeDependencies(downOrders);
        graph.indexParents(downOrders);
        graph.propagateBranchLabels(topological, downOrders);
        graph.parentsFirst = topological;
        return graph;
    }

    /**
     * Kahn's algorithm over every edge (down_revision and depends_on); what is left sits on a cycle.
     * Returns the revisions parents first.
     */
    private static int[] detectCycles(RevisionNode[] byOrder, int[][] allDownOrders, ChildIndex childIndex) {
        int n = byOrder.length;
        int[] start = childIndex.start();
        int[] children = childIndex.children();
        int[] pending = new int[n];
        // a FIFO queue in the output array itself: ready revisions are appended, and taken in turn
        int[] topological = new int[n];
        int added = 0;
        for (int i = 0; i < n; i++) {
            pending[i] = allDownOrders[i].length;
            if (pending[i] == 0) {
                topological[added++] = i;
            }
        }
        for (int taken = 0; taken < added; taken++) {
            int node = topological[taken];
            for (int k = start[node]; k < start[node + 1]; k++) {
                if (--pending[children[k]] == 0) {
                    topological[added++] = children[k];
                }
            }
        }
        if (added != byOrder.length) {
            List<String> stuck = new ArrayList<>();
            for (RevisionNode node : byOrder) {
                if (pending[node.order] > 0 && stuck.size() < 10) {
                    stuck.add(node.id() + " (" + node.script.source() + ")");
                }
            }
            throw new RevisionGraphException("cycle in the revision graph: down_revision/depends_on loop through "
                    + String.join(", ", stuck) + "; break the loop by fixing one of these headers");
        }
        return topological;
    }

    /**
     * Every revision's children over all edges, in one array in load order: the children of {@code p} are
     * {@code children[start[p] .. start[p + 1])}.
     */
    private record ChildIndex(int[] start, int[] children) {

        static ChildIndex of(int n, int[][] allDownOrders) {
            int[] start = new int[n + 1];
            for (int[] parents : allDownOrders) {
                for (int parent : parents) {
                    start[parent + 1]++;
                }
            }
            for (int i = 0; i < n; i++) {
                start[i + 1] += start[i];
            }
            int[] children = new int[start[n]];
            int[] fill = Arrays.copyOf(start, n);
            for (int child = 0; child < n; child++) {
                for (int parent : allDownOrders[child]) {
                    children[fill[parent]++] = child;
                }
            }
            return new ChildIndex(start, children);
        }
    }

    /**
     * Gives each revision its children (down_revision edges) and all children (depends_on too), in load order — the
     * order adding them child by child gave — as read-only sets: one shared set when they are the same, and no
     * hash table for the usual one child.
     */
    private static void setChildren(RevisionNode[] byOrder, ChildIndex childIndex, int[][] downOrders,
            int[][] allDownOrders) {
        int[] start = childIndex.start();
        int[] children = childIndex.children();
        for (RevisionNode parent : byOrder) {
            int from = start[parent.order];
            int to = start[parent.order + 1];
            if (from == to) {
                continue;
            }
            boolean onlyDown = true;
            for (int k = from; k < to && onlyDown; k++) {
                int child = children[k];
                onlyDown = downOrders[child] == allDownOrders[child] || contains(downOrders[child], parent.order);
            }
            parent.allChildren = idSet(byOrder, children, from, to, -1, null);
            parent.children = onlyDown ? parent.allChildren
                    : idSet(byOrder, children, from, to, parent.order, downOrders);
        }
    }

    /** The ids of {@code children[from, to)}, only those with {@code parent} among their downOrders when given. */
    private static Set<String> idSet(RevisionNode[] byOrder, int[] children, int from, int to, int parent,
            int[][] downOrders) {
        if (to - from == 1 && parent < 0) {
            return Set.of(byOrder[children[from]].id());
        }
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        for (int k = from; k < to; k++) {
            if (parent < 0 || contains(downOrders[children[k]], parent)) {
                ids.add(byOrder[children[k]].id());
            }
        }
        return ids.isEmpty() ? Set.of() : Collections.unmodifiableSet(ids);
    }

    private static boolean contains(int[] orders, int order) {
        for (int o : orders) {
            if (o == order) {
                return true;
            }
        }
        return false;
    }

    /** Drops the depends_on entries an ancestor (down_revision edges only) already declares. */
    private void normalizeDependencies(int[][] downOrders) {
        for (RevisionNode node : byOrder) {
            if (node.resolvedDependencies.isEmpty()) {
                node.normalizedDown = node.script.downRevisions();
                continue;
            }
            Set<String> normalized = new LinkedHashSet<>(node.resolvedDependencies);
            long[] seen = new long[(byOrder.length + 63) >>> 6];
            int[] stack = new int[16];
            int top = 0;
            for (int parent : downOrders[node.order]) {
                if (markNew(seen, parent)) {
                    stack = push(stack, top++, parent);
                }
            }
            while (top > 0) {
                int ancestor = stack[--top];
                if (ancestor != node.order) {
                    normalized.removeAll(byOrder[ancestor].resolvedDependencies);
                }
                for (int parent : downOrders[ancestor]) {
                    if (markNew(seen, parent)) {
                        stack = push(stack, top++, parent);
                    }
                }
            }
            node.normalizedDependencies = List.copyOf(normalized);
            node.normalizedDown = dedupe(node.script.downRevisions(), node.normalizedDependencies);
        }
    }

    /**
     * A label covers the declaring revision, its descendants, and its ancestors down to a branch point.
     * One pass parents-first (a revision inherits its down_revisions' labels) instead of a walk per label;
     * each revision gets its labels in the label map's order, as a walk per label gave them.
     */
    private void propagateBranchLabels(int[] parentsFirst, int[][] downOrders) {
        if (labels.isEmpty()) {
            return;
        }
        List<RevisionNode> labelled = labels.values().stream().distinct().toList();
        Map<RevisionNode, Integer> position = new HashMap<>();
        for (int i = 0; i < labelled.size(); i++) {
            position.put(labelled.get(i), i);
        }
        BitSet[] covered = new BitSet[byOrder.length];
        BitSet none = new BitSet();
        for (int order : parentsFirst) {
            Integer own = position.get(byOrder[order]);
            int[] downs = downOrders[order];
            BitSet set;
            if (own == null && downs.length == 1) {
                set = covered[downs[0]]; // shared until a label is added below, which copies it first
            } else {
                set = own == null ? none : new BitSet();
                if (own != null) {
                    set.set(own);
                }
                for (int down : downs) {
                    if (set == none) {
                        set = (BitSet) covered[down].clone();
                    } else {
                        set.or(covered[down]);
                    }
                }
            }
            covered[order] = set;
        }
        for (int i = 0; i < labelled.size(); i++) {
            RevisionNode parent = labelled.get(i);
            while (parent != null && !parent.isRealBranchPoint() && !parent.isMergePoint()) {
                if (!covered[parent.order].get(i)) {
                    covered[parent.order] = (BitSet) covered[parent.order].clone();
                    covered[parent.order].set(i);
                }
                parent = parent.script.downRevisions().isEmpty() ? null : nodes.get(parent.script.downRevisions().get(0));
            }
        }
        // revisions with the same labels (most of a branch shares one BitSet) share one read-only set
        Map<BitSet, Set<String>> sets = new HashMap<>();
        for (RevisionNode node : nodes.values()) {
            BitSet set = covered[node.order];
            if (set.isEmpty()) {
                continue;
            }
            node.branchLabels = sets.computeIfAbsent(set, s -> {
                Set<String> names = new LinkedHashSet<>();
                for (int i = s.nextSetBit(0); i >= 0; i = s.nextSetBit(i + 1)) {
                    names.addAll(labelled.get(i).script.branchLabels());
                }
                return Collections.unmodifiableSet(names);
            });
        }
    }

    private static List<String> dedupe(List<String> a, List<String> b) {
        if (b.isEmpty()) {
            return a;
        }
        LinkedHashSet<String> set = new LinkedHashSet<>(a);
        set.addAll(b);
        return List.copyOf(set);
    }

    // ---------------------------------------------------------------- queries

    /** {@return the number of revisions} */
    public int size() {
        return nodes.size();
    }

    /** {@return whether there are no revisions} */
    public boolean isEmpty() {
        return nodes.isEmpty();
    }

    /** {@return all revisions in load order} */
    public Collection<RevisionNode> revisions() {
        return nodes.values();
    }

    /**
     * {@return the revision with id {@code id}} Throws {@link RevisionResolutionException} when there is none.
     *
     * @param id a full revision id
     */
    public RevisionNode node(String id) {
        RevisionNode node = nodes.get(id);
        if (node == null) {
            throw new RevisionResolutionException("No such revision '" + id + "'");
        }
        return node;
    }

    /**
     * {@return whether a revision has id {@code id}}
     *
     * @param id a full revision id
     */
    public boolean contains(String id) {
        return nodes.containsKey(id);
    }

    /** {@return the revisions no other revision names as down_revision} */
    public List<String> heads() {
        return heads;
    }

    /** {@return the heads that no revision depends on either: what {@code heads} resolves to} */
    public List<String> realHeads() {
        return realHeads;
    }

    /** {@return the revisions without a down_revision} */
    public List<String> bases() {
        return bases;
    }

    /** {@return the revisions with more than one child} */
    public List<RevisionNode> branchPoints() {
        return nodes.values().stream().filter(RevisionNode::isBranchPoint).toList();
    }

    /**
     * {@return the revision that declares {@code label}, or null}
     *
     * @param label a branch label
     */
    public RevisionNode labelOwner(String label) {
        return labels.get(label);
    }

    int orderOf(String id) {
        return nodes.get(id).order;
    }

    private void indexParents(int[][] downOrders) {
        parentOrders = new int[nodes.size()][];
        for (RevisionNode node : byOrder) {
            if (node.normalizedDependencies.isEmpty()) {
                parentOrders[node.order] = downOrders[node.order]; // normalizedDown is down_revision
                continue;
            }
            int[] parents = new int[node.normalizedDown.size()];
            for (int i = 0; i < parents.length; i++) {
                parents[i] = nodes.get(node.normalizedDown.get(i)).order;
            }
            parentOrders[node.order] = parents;
        }
    }

    /**
     * The targets and all their ancestors (depends_on included) as a set of load orders: what the
     * planner asks at every merge, so it walks int arrays instead of hashing ids, and stops at merge parents,
     * whose sets are computed once per graph.
     */
    BitSet ancestorOrders(Collection<RevisionNode> targets) {
        long[][] known = mergeParentAncestors();
        if (targets.size() == 1) {
            long[] set = known[targets.iterator().next().order];
            if (set != null) {
                return BitSet.valueOf(set);
            }
        }
        int[] orders = new int[targets.size()];
        int i = 0;
        for (RevisionNode target : targets) {
            orders[i++] = target.order;
        }
        return BitSet.valueOf(walkDown(orders, known));
    }

    /** Marks the targets and every ancestor, taking the known set of an ancestor whole instead of walking below it. */
    private long[] walkDown(int[] targets, long[][] known) {
        long[] seen = new long[(byOrder.length + 63) >>> 6];
        // grows as needed: most walks stop after a few revisions at a known set
        int[] stack = new int[Math.max(16, targets.length)];
        int top = 0;
        for (int target : targets) {
            if (markNew(seen, target)) {
                stack[top++] = target;
            }
        }
        while (top > 0) {
            for (int parent : parentOrders[stack[--top]]) {
                long[] below = known[parent];
                if (below != null) {
                    for (int w = 0; w < seen.length; w++) {
                        seen[w] |= below[w];
                    }
                } else if (markNew(seen, parent)) {
                    if (top == stack.length) {
                        stack = Arrays.copyOf(stack, top * 2);
                    }
                    stack[top++] = parent;
                }
            }
        }
        return seen;
    }

    /**
     * Ancestor sets of every parent of a merge (or of a revision with depends_on), by order, null elsewhere:
     * Alembic's sort asks for exactly these, and with them a walk only covers the revisions since the last
     * merge, which keeps a sort linear. Computed parents first, so each set reuses those below it; skipped
     * (all null) when they would take more than {@link #ANCESTOR_SET_BUDGET_WORDS}.
     */
    private long[][] mergeParentAncestors() {
        long[][] sets = mergeParentAncestors;
        if (sets != null) {
            return sets;
        }
        int n = byOrder.length;
        boolean[] key = new boolean[n];
        long count = 0;
        for (int[] parents : parentOrders) {
            if (parents.length > 1) {
                for (int parent : parents) {
                    if (!key[parent]) {
                        key[parent] = true;
                        count++;
                    }
                }
            }
        }
        sets = new long[n][];
        if (count * ((n + 63) >>> 6) <= ANCESTOR_SET_BUDGET_WORDS) {
            for (int order : parentsFirst) {
                if (key[order]) {
                    sets[order] = walkDown(new int[] {order}, sets);
                }
            }
        }
        mergeParentAncestors = sets; // computed the same by any thread that races here
        return sets;
    }

    private static boolean markNew(long[] bits, int index) {
        long mask = 1L << index;
        int word = index >>> 6;
        if ((bits[word] & mask) != 0) {
            return false;
        }
        bits[word] |= mask;
        return true;
    }

    // ---------------------------------------------------------------- traversal

    /**
     * {@return the targets and all their ancestors}
     *
     * @param targets the revisions to start from
     * @param includeDependencies whether depends_on edges count
     */
    public Set<RevisionNode> ancestors(Collection<RevisionNode> targets, boolean includeDependencies) {
        return related(targets, includeDependencies ? n -> n.normalizedDown : n -> n.script.downRevisions());
    }

    /**
     * {@return the targets and all their descendants}
     *
     * @param targets the revisions to start from
     * @param includeDependencies whether depends_on edges count
     */
    public Set<RevisionNode> descendants(Collection<RevisionNode> targets, boolean includeDependencies) {
        return related(targets, includeDependencies ? n -> n.allChildren : n -> n.children);
    }

    /**
     * The targets and their ancestors (depends_on included) as load orders; throws when one target is reached from
     * another, as Alembic does for overlapping requested revisions.
     */
    BitSet ancestorsChecked(Collection<RevisionNode> targets) {
        return relatedChecked(targets, parentOrders);
    }

    /** The targets and their descendants as load orders, with the same overlap check. */
    BitSet descendantsChecked(Collection<RevisionNode> targets, boolean includeDependencies) {
        return relatedChecked(targets, childOrders(includeDependencies));
    }

    /** {@return the revision at load order {@code order}} */
    RevisionNode nodeAt(int order) {
        return byOrder[order];
    }

    /** {@return the revision's normalized down revisions as load orders} */
    int[] parentOrders(RevisionNode node) {
        return parentOrders[node.order];
    }

    /** Each revision's children (down_revision edges, or all edges) as load orders; built on first use. */
    private int[][] childOrders(boolean all) {
        int[][] children = all ? allChildOrders : childOrders;
        if (children == null) {
            children = new int[byOrder.length][];
            for (RevisionNode node : byOrder) {
                Set<String> ids = all ? node.allChildren : node.children;
                int[] orders = new int[ids.size()];
                int i = 0;
                for (String id : ids) {
                    orders[i++] = nodes.get(id).order;
                }
                children[node.order] = orders;
            }
            if (all) {
                allChildOrders = children; // computed the same by any thread that races here
            } else {
                childOrders = children;
            }
        }
        return children;
    }

    /**
     * Walks from each target in turn, depth first, not expanding a revision an earlier walk reached; a target is
     * refused when its own walk reached another target (the walks, and so the check, are exactly as they were on
     * node sets).
     */
    private BitSet relatedChecked(Collection<RevisionNode> targets, int[][] next) {
        BitSet seen = new BitSet(byOrder.length);
        BitSet perTarget = new BitSet(byOrder.length);
        int[] stack = new int[16];
        for (RevisionNode target : targets) {
            perTarget.clear();
            int top = 0;
            stack[top++] = target.order;
            while (top > 0) {
                int rev = stack[--top];
                perTarget.set(rev);
                if (seen.get(rev)) {
                    continue;
                }
                seen.set(rev);
                for (int n : next[rev]) {
                    stack = push(stack, top++, n);
                }
            }
            List<String> overlaps = new ArrayList<>();
            for (RevisionNode other : targets) {
                if (other != target && perTarget.get(other.order)) {
                    overlaps.add(other.id());
                }
            }
            if (!overlaps.isEmpty()) {
                throw new RevisionResolutionException("Requested revision " + target.id()
                        + " overlaps with other requested revisions " + String.join(", ", overlaps)
                        + "; name only the newest revision of each branch");
            }
        }
        return seen;
    }

    private static int[] push(int[] stack, int top, int value) {
        int[] s = top == stack.length ? Arrays.copyOf(stack, top * 2) : stack;
        s[top] = value;
        return s;
    }

    private Set<RevisionNode> related(Collection<RevisionNode> targets, Function<RevisionNode, Collection<String>> next) {
        Set<RevisionNode> seen = new LinkedHashSet<>();
        Deque<RevisionNode> todo = new ArrayDeque<>();
        for (RevisionNode target : targets) {
            todo.push(target);
            while (!todo.isEmpty()) {
                RevisionNode rev = todo.pop();
                if (!seen.add(rev)) {
                    continue;
                }
                for (String id : next.apply(rev)) {
                    todo.push(nodes.get(id));
                }
            }
        }
        return seen;
    }

    /** True when one of {@code a}'s ancestors or descendants (or itself) is in {@code others}. */
    boolean sharesLineage(RevisionNode a, Collection<RevisionNode> others, boolean includeDependencies) {
        if (others.isEmpty()) {
            return true;
        }
        Set<RevisionNode> line = new HashSet<>(descendants(List.of(a), includeDependencies));
        line.addAll(ancestors(List.of(a), includeDependencies));
        for (RevisionNode o : others) {
            if (line.contains(o)) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- identifiers

    /**
     * {@return a match of a relative identifier ({@code [label@][revision]+n} or {@code -n}) spanning all of
     * {@code identifier}, or null} One without {@code +} or {@code -} (such as {@code heads}) cannot be one and does
     * not compile the pattern: a start that upgrades to {@code heads} never needs it.
     */
    static Matcher relative(String identifier) {
        if (identifier.indexOf('+') < 0 && identifier.indexOf('-') < 0) {
            return null;
        }
        Matcher m = Relative.PATTERN.matcher(identifier);
        return m.find() && m.end() == identifier.length() ? m : null;
    }

    private static final class Relative {
        static final Pattern PATTERN = Pattern.compile("^(?:(.+?)@)?(\\w+)?([+-]\\d+)");
    }

    /**
     * Resolves an identifier to revisions. {@code base} gives an empty list; {@code heads} every head; {@code head} the
     * single head (an error when there are several); prefixes must be unambiguous.
     *
     * @param identifier a revision identifier
     * @return the revisions it names
     */
    public List<RevisionNode> resolve(String identifier) {
        requireIdentifier(identifier);
        Matcher relative = relative(identifier);
        if (relative != null) {
            String label = relative.group(1);
            String symbol = relative.group(2);
            int steps = steps(relative.group(3), identifier);
            if (symbol == null) {
                throw new RevisionResolutionException("Relative identifier '" + identifier
                        + "' needs a starting point here: use <revision>" + relative.group(3)
                        + " or upgrade/downgrade " + identifier);
            }
            String start = label == null ? symbol : label + "@" + symbol;
            String walked = walk(single(start, identifier), steps, steps > 0 ? label : null, true);
            if (walked == null) {
                throw new RevisionResolutionException("Relative revision " + identifier + " walks past the "
                        + (steps > 0 ? "heads" : "base") + " of the graph");
            }
            return BASE.equals(walked) ? List.of() : List.of(nodes.get(walked));
        }
        int at = identifier.indexOf('@');
        String label = at < 0 ? null : identifier.substring(0, at);
        String id = at < 0 ? identifier : identifier.substring(at + 1);
        List<String> ids = resolveNumber(label, id, identifier);
        List<RevisionNode> out = new ArrayList<>(ids.size());
        for (String each : ids) {
            out.add(revisionForIdent(each, label));
        }
        return out;
    }

    /**
     * Refuses an empty or blank identifier (an unset shell variable, say), which must never mean {@code base}.
     *
     * @param identifier what the user gave
     */
    static void requireIdentifier(String identifier) {
        if (identifier == null || identifier.isBlank()) {
            throw new RevisionResolutionException("The revision identifier is empty: name a revision, head, heads, "
                    + "base or a relative step such as -1 (is a shell variable unset?)");
        }
    }

    /**
     * {@return the step count of a relative identifier} Too large a count is a resolution error, not an overflow.
     *
     * @param digits the signed digits, {@code +2} or {@code -1}
     * @param identifier the whole identifier, for the message
     */
    static int steps(String digits, String identifier) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new RevisionResolutionException("Relative revision " + identifier + " has too many steps ("
                    + digits + "); the graph is not that long");
        }
    }

    /**
     * Resolves an identifier that must name exactly one revision.
     *
     * @param identifier a revision identifier
     * @return the revision, or null for base
     */
    public RevisionNode resolveOne(String identifier) {
        List<RevisionNode> nodes = resolve(identifier);
        if (nodes.size() > 1) {
            throw multipleHeads(nodes.stream().map(RevisionNode::id).toList(), identifier);
        }
        return nodes.isEmpty() ? null : nodes.get(0);
    }

    private RevisionNode single(String identifier, String original) {
        List<RevisionNode> list = resolve(identifier);
        if (list.size() > 1) {
            throw multipleHeads(list.stream().map(RevisionNode::id).toList(), original);
        }
        return list.isEmpty() ? null : list.get(0);
    }

    private List<String> resolveNumber(String label, String id, String original) {
        if (label != null) {
            resolveBranch(label); // an unknown label is reported as such, not as an unknown revision
        }
        switch (id) {
            case "heads":
                return label == null ? realHeads : filterForLineage(heads, label);
            case "head": {
                List<String> current = label == null ? heads : filterForLineage(heads, label);
                if (current.size() > 1) {
                    throw multipleHeads(current, original);
                }
                return current;
            }
            case "base":
            case "":
                return List.of();
            default:
                return List.of(id);
        }
    }

    RevisionResolutionException multipleHeads(List<String> heads, String identifier) {
        StringBuilder hint = new StringBuilder();
        for (String h : heads) {
            RevisionNode node = nodes.get(h);
            if (hint.length() > 0) {
                hint.append(", ");
            }
            hint.append(h);
            if (node != null && !node.branchLabels.isEmpty()) {
                hint.append(" (").append(String.join(", ", node.branchLabels)).append(')');
            }
        }
        String label = heads.stream().map(nodes::get).filter(n -> n != null && !n.branchLabels.isEmpty())
                .map(n -> n.branchLabels.iterator().next() + "@head").findFirst().orElse("<branch_label>@head");
        return new RevisionResolutionException("'" + identifier + "' is ambiguous: there are " + heads.size()
                + " heads (" + hint + "); use 'heads' for all of them, '" + label
                + "' for one branch, or a revision id", heads);
    }

    /** Exact id, branch label, or unambiguous prefix; with {@code branch} set, it must be on that branch. */
    RevisionNode revisionForIdent(String id, String branch) {
        RevisionNode branchRev = branch == null ? null : resolveBranch(branch);
        RevisionNode revision = nodes.get(id);
        if (revision == null) {
            revision = labels.get(id);
        }
        if (revision == null) {
            List<String> candidates = new ArrayList<>();
            for (String key : nodes.keySet()) {
                if (key.length() > 3 && key.startsWith(id)) {
                    candidates.add(key);
                }
            }
            if (branchRev != null) {
                candidates = filterForLineage(candidates, branch);
            }
            if (candidates.isEmpty()) {
                throw new RevisionResolutionException("No such revision or branch '" + id + "'"
                        + (id.length() < 4 ? "; give at least four characters of a revision id" : "")
                        + "; 'retort history' lists the revisions");
            }
            if (candidates.size() > 1) {
                StringBuilder list = new StringBuilder();
                for (String c : candidates) {
                    list.append("\n  ").append(c).append("  ").append(nodes.get(c).script.message());
                }
                throw new RevisionResolutionException("Ambiguous revision prefix '" + id + "' matches "
                        + candidates.size() + " revisions; give more characters:" + list, candidates);
            }
            revision = nodes.get(candidates.get(0));
        }
        if (branchRev != null && !sharesLineage(revision, List.of(branchRev), false)) {
            throw new RevisionResolutionException("Revision " + revision.id() + " is not a member of branch '"
                    + branch + "'");
        }
        return revision;
    }

    RevisionNode resolveBranch(String branch) {
        RevisionNode owner = labels.get(branch);
        if (owner != null) {
            return owner;
        }
        try {
            return revisionForIdent(branch, null);
        } catch (RevisionResolutionException e) {
            throw new RevisionResolutionException("No such branch: '" + branch + "'; 'retort branches' lists them");
        }
    }

    /** Keeps the revisions that share lineage with {@code checkAgainst} (a label or an identifier). */
    List<String> filterForLineage(Collection<String> targets, String checkAgainst) {
        return filterForLineage(targets, checkAgainst, false);
    }

    List<String> filterForLineage(Collection<String> targets, String checkAgainst, boolean includeDependencies) {
        int at = checkAgainst.indexOf('@');
        String label = at < 0 ? null : checkAgainst.substring(0, at);
        String id = at < 0 ? checkAgainst : checkAgainst.substring(at + 1);
        List<RevisionNode> shares = new ArrayList<>();
        if (label != null) {
            shares.add(resolveBranch(label));
        }
        if (!id.isEmpty()) {
            for (String each : resolveNumber(label, id, checkAgainst)) {
                shares.add(revisionForIdent(each, null));
            }
        }
        List<String> out = new ArrayList<>();
        for (String t : targets) {
            if (sharesLineage(nodes.get(t), shares, includeDependencies)) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * Walks {@code steps} up (children, optionally only on {@code branch}) or down (down_revision).
     * Returns the id reached, {@link #BASE} below the roots, or null when the walk overshoots.
     */
    String walk(RevisionNode start, int steps, String branch, boolean noOverwalk) {
        String current = start == null ? null : start.id();
        for (int i = 0; i < Math.abs(steps); i++) {
            List<String> next;
            if (steps > 0) {
                Collection<String> up = current == null ? bases : nodes.get(current).children;
                next = branch == null ? List.copyOf(up) : filterForLineage(up, branch);
            } else if (BASE.equals(current)) {
                next = List.of();
            } else {
                next = current == null ? heads : nodes.get(current).script.downRevisions();
                if (next.isEmpty()) {
                    next = List.of(BASE);
                }
            }
            if (next.isEmpty()) {
                return noOverwalk ? null : current;
            }
            if (next.size() > 1) {
                throw new RevisionResolutionException("Ambiguous walk from " + (current == null ? "base" : current)
                        + ": it " + (steps > 0 ? "branches into " : "merges ") + String.join(", ", next)
                        + "; name the revision (or <label>@" + (steps > 0 ? "+" : "-") + Math.abs(steps) + ")");
            }
            current = next.get(0);
        }
        return current;
    }

    /** Sorts revision ids by load order, as Alembic orders its map. */
    List<String> byOrder(Collection<String> ids) {
        List<String> list = new ArrayList<>(ids);
        list.sort(Comparator.comparingInt(this::orderOf));
        return list;
    }
}
