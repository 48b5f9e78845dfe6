package dev.retort.command;

import dev.retort.graph.RevisionNode;
import java.util.ArrayList;
import java.util.List;

/** {@code history [-r start:end]}: revisions newest first, as Alembic lists them. */
public final class HistoryCommand {

    private final CommandContext ctx;

    /** @param ctx the engine's shared context */
    public HistoryCommand(CommandContext ctx) {
        this.ctx = ctx;
    }

    /**
     * {@return the revisions newest first}
     *
     * @param range {@code start:end}, either side optional, or {@code null} for all; {@code current} reads the database
     */
    public List<RevisionSummary> run(String range) {
        String lower = "base";
        String upper = "heads";
        if (range != null && !range.isBlank()) {
            int colon = range.indexOf(':');
            if (colon < 0) {
                throw new dev.retort.graph.RevisionResolutionException("History range '" + range
                        + "' needs a colon: start:end, start: or :end");
            }
            lower = range.substring(0, colon).isEmpty() ? "base" : range.substring(0, colon);
            upper = range.substring(colon + 1).isEmpty() ? "heads" : range.substring(colon + 1);
        }
        List<RevisionSummary> out = new ArrayList<>();
        if (lower.equals("current") || upper.equals("current")) {
            List<String> current = StateReader.read(ctx, false).versions();
            String replacement = current.isEmpty() ? "base" : current.get(0);
            if (current.size() > 1) {
                throw new dev.retort.graph.RevisionResolutionException("'current' is several revisions ("
                        + String.join(", ", current) + "); name one of them in the range");
            }
            lower = lower.equals("current") ? replacement : lower;
            upper = upper.equals("current") ? replacement : upper;
        }
        for (RevisionNode node : ctx.planner().range(lower, upper)) {
            out.add(RevisionSummary.of(node));
        }
        return out;
    }
}
