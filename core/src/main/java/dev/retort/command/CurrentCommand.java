package dev.retort.command;

import dev.retort.graph.RevisionNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@code current}: the revisions in the version table, and whether they are all the heads. */
public final class CurrentCommand {

    /**
     * @param current the version table's rows that a script defines, in table order
     * @param unknown version rows that no script defines
     * @param appliedHeads what Alembic's {@code current} lists: the heads of everything applied, dependencies
     *     included, so a revision applied only as another's {@code depends_on} shows too (as an effective head)
     */
    public record Result(List<RevisionSummary> current, List<String> unknown, boolean atHeads,
            List<RevisionSummary> appliedHeads) {
    }

    private final CommandContext ctx;

    /** @param ctx the engine's shared context */
    public CurrentCommand(CommandContext ctx) {
        this.ctx = ctx;
    }

    /** {@return the revisions in the version table, and whether they are all the heads} */
    public Result run() {
        DatabaseState state = StateReader.read(ctx, false);
        List<RevisionNode> known = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String v : state.versions()) {
            if (ctx.graph().contains(v)) {
                known.add(ctx.graph().node(v));
            } else {
                unknown.add(v);
            }
        }
        boolean atHeads = unknown.isEmpty()
                && new HashSet<>(state.versions()).equals(new HashSet<>(ctx.graph().realHeads()));
        return new Result(known.stream().map(RevisionSummary::of).toList(), unknown, atHeads, appliedHeads(known));
    }

    /** Alembic's {@code get_all_current}: the applied set (ancestor-closed) minus revisions with a child in it. */
    private List<RevisionSummary> appliedHeads(List<RevisionNode> rows) {
        Set<RevisionNode> applied = ctx.graph().ancestors(rows, true);
        Set<String> ids = new HashSet<>();
        applied.forEach(n -> ids.add(n.id()));
        List<RevisionSummary> heads = new ArrayList<>();
        for (RevisionNode node : ctx.graph().revisions()) {
            if (ids.contains(node.id()) && node.children().stream().noneMatch(ids::contains)) {
                heads.add(RevisionSummary.of(node));
            }
        }
        return heads;
    }
}
