package dev.retort.command;

import java.util.List;

/** {@code heads}: revisions nothing builds on. */
public final class HeadsCommand {

    private final CommandContext ctx;

    /** @param ctx the engine's shared context */
    public HeadsCommand(CommandContext ctx) {
        this.ctx = ctx;
    }

    /** {@return the heads of the revision graph} */
    public List<RevisionSummary> run() {
        return ctx.graph().heads().stream().map(id -> RevisionSummary.of(ctx.graph().node(id))).toList();
    }
}
