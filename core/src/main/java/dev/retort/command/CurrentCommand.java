package dev.retort.command;

import dev.retort.graph.RevisionNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** {@code current}: the revisions in the version table, and whether they are all the heads. */
public final class CurrentCommand {

    /** @param unknown version rows that no script defines */
    public record Result(List<RevisionSummary> current, List<String> unknown, boolean atHeads) {
    }

    private final CommandContext ctx;

    /** @param ctx the engine's shared context */
    public CurrentCommand(CommandContext ctx) {
        this.ctx = ctx;
    }

    /** {@return the revisions in the version table, and whether they are all the heads} */
    public Result run() {
        DatabaseState state = StateReader.read(ctx, false);
        List<RevisionSummary> current = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String v : state.versions()) {
            if (ctx.graph().contains(v)) {
                RevisionNode node = ctx.graph().node(v);
                current.add(RevisionSummary.of(node));
            } else {
                unknown.add(v);
            }
        }
        boolean atHeads = unknown.isEmpty()
                && new HashSet<>(state.versions()).equals(new HashSet<>(ctx.graph().realHeads()));
        return new Result(current, unknown, atHeads);
    }
}
