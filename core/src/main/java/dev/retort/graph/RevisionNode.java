package dev.retort.graph;

import dev.retort.script.RevisionScript;
import java.util.Collections;
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
    /** Set once by {@link RevisionGraph} (read-only, in load order, and the same set when no child only depends). */
    Set<String> children = Set.of();
    Set<String> allChildren = Set.of();
    /** Set once by {@link RevisionGraph}: read-only, and shared by the revisions that carry the same labels. */
    Set<String> branchLabels = Set.of();

    RevisionNode(RevisionScript script, int order) {
        this.script = script;
        this.order = order;
    }

    /** {@return the revision id} */
    public String id() {
        return script.id();
    }

    /** {@return the revision's script} */
    public RevisionScript script() {
        return script;
    }

    /** {@return the {@code down_revision} ids, as written} */
    public List<String> downRevisions() {
        return script.downRevisions();
    }

    /** {@return {@code down_revision} plus the {@code depends_on} revisions not already implied by an ancestor} */
    public List<String> normalizedDownRevisions() {
        return normalizedDown;
    }

    /** {@return {@code depends_on} resolved to revision ids} */
    public List<String> dependencies() {
        return resolvedDependencies;
    }

    /** {@return the revisions whose {@code down_revision} names this one} */
    public Set<String> children() {
        return Collections.unmodifiableSet(children);
    }

    /** {@return the labels declared here or inherited along the branch} */
    public Set<String> branchLabels() {
        return Collections.unmodifiableSet(branchLabels);
    }

    /** {@return whether no revision names this one as down_revision} */
    public boolean isHead() {
        return children.isEmpty();
    }

    /** A head that no revision depends on either; a head that is only depended on is Alembic's "effective head". */
    public boolean isRealHead() {
        return allChildren.isEmpty();
    }

    /** {@return whether this revision has no down_revision} */
    public boolean isBase() {
        return script.downRevisions().isEmpty();
    }

    /** {@return whether this revision has more than one child} */
    public boolean isBranchPoint() {
        return children.size() > 1;
    }

    /** {@return whether this revision has more than one down_revision} */
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
