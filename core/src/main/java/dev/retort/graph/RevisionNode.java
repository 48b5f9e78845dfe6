package dev.retort.graph;

import dev.retort.script.RevisionScript;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A revision placed in the graph: its script plus the edges and labels the graph derived. Mutable
 * only while {@link RevisionGraph} builds it.
 */
public final class RevisionNode {

    final RevisionScript script;
    final int order;
    List<String> resolvedDependencies = List.of();
    List<String> normalizedDependencies = List.of();
    List<String> allDown = List.of();
    List<String> normalizedDown = List.of();
    final Set<String> children = new LinkedHashSet<>();
    final Set<String> allChildren = new LinkedHashSet<>();
    final Set<String> branchLabels = new LinkedHashSet<>();

    RevisionNode(RevisionScript script, int order) {
        this.script = script;
        this.order = order;
    }

    public String id() {
        return script.id();
    }

    public RevisionScript script() {
        return script;
    }

    /** The {@code down_revision} ids, as written. */
    public List<String> downRevisions() {
        return script.downRevisions();
    }

    /** {@code down_revision} plus the {@code depends_on} revisions not already implied by an ancestor. */
    public List<String> normalizedDownRevisions() {
        return normalizedDown;
    }

    /** {@code depends_on} resolved to revision ids. */
    public List<String> dependencies() {
        return resolvedDependencies;
    }

    /** Revisions whose {@code down_revision} names this one. */
    public Set<String> children() {
        return Collections.unmodifiableSet(children);
    }

    /** Labels declared here or inherited along the branch. */
    public Set<String> branchLabels() {
        return Collections.unmodifiableSet(branchLabels);
    }

    public boolean isHead() {
        return children.isEmpty();
    }

    /** A head that no revision depends on either; a head that is only depended on is Alembic's "effective head". */
    public boolean isRealHead() {
        return allChildren.isEmpty();
    }

    public boolean isBase() {
        return script.downRevisions().isEmpty();
    }

    public boolean isBranchPoint() {
        return children.size() > 1;
    }

    public boolean isMergePoint() {
        return script.downRevisions().size() > 1;
    }

    boolean isRealBranchPoint() {
        return allChildren.size() > 1;
    }

    @Override
    public String toString() {
        return id();
    }
}
