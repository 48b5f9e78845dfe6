package dev.retort.command;

import dev.retort.graph.RevisionNode;
import dev.retort.graph.RevisionResolutionException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** {@code merge -m "msg" <revs...>}: writes an empty revision whose down_revision joins the given revisions. */
public final class MergeCommand {

    private final CommandContext ctx;

    /** @param ctx the engine's shared context */
    public MergeCommand(CommandContext ctx) {
        this.ctx = ctx;
    }

    /**
     * Writes an empty revision whose down_revision joins {@code revisions}.
     *
     * @param message the new revision's message
     * @param revisions identifiers of the revisions to join
     * @param branchLabels branch labels of the new revision
     * @param revId a chosen id, or {@code null} for a random one
     * @return the written revision and its file
     */
    public RevisionCommand.Result run(String message, List<String> revisions, List<String> branchLabels, String revId) {
        Set<String> parents = new LinkedHashSet<>();
        for (String r : revisions.isEmpty() ? List.of("heads") : revisions) {
            for (RevisionNode n : ctx.graph().resolve(r)) {
                parents.add(n.id());
            }
        }
        if (parents.size() < 2) {
            throw new RevisionResolutionException("Nothing to merge: " + String.join(" ", revisions)
                    + " resolves to " + parents.size() + " revision(s); a merge joins two or more");
        }
        return new RevisionCommand(ctx).write(revId, List.copyOf(parents), branchLabels, List.of(), message, null, null);
    }
}
