package dev.retort.command;

import java.util.List;

/** {@code branches}: branch points and the revisions that start each branch. */
public final class BranchesCommand {

    public record BranchPoint(RevisionSummary revision, List<RevisionSummary> children) {
    }

    private final CommandContext ctx;

    public BranchesCommand(CommandContext ctx) {
        this.ctx = ctx;
    }

    public List<BranchPoint> run() {
        return ctx.graph().branchPoints().stream()
                .map(n -> new BranchPoint(RevisionSummary.of(n),
                        n.children().stream().map(c -> RevisionSummary.of(ctx.graph().node(c))).toList()))
                .toList();
    }
}
