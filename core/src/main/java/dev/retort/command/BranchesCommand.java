package dev.retort.command;

import java.util.List;

/** {@code branches}: branch points and the revisions that start each branch. */
public final class BranchesCommand {

    /**
     * A revision with several children.
     *
     * @param revision the branch point
     * @param children the first revision of each branch
     */
    public record BranchPoint(RevisionSummary revision, List<RevisionSummary> children) {
    }

    private final CommandContext ctx;

    /** @param ctx the engine's shared context */
    public BranchesCommand(CommandContext ctx) {
        this.ctx = ctx;
    }

    /** {@return the branch points of the graph} */
    public List<BranchPoint> run() {
        return ctx.graph().branchPoints().stream()
                .map(n -> new BranchPoint(RevisionSummary.of(n),
                        n.children().stream().map(c -> RevisionSummary.of(ctx.graph().node(c))).toList()))
                .toList();
    }
}
