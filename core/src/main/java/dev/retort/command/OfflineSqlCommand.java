package dev.retort.command;

import dev.retort.exec.OfflineSqlRenderer;
import dev.retort.graph.MigrationPlan;
import dev.retort.graph.RevisionNode;
import dev.retort.graph.RevisionResolutionException;
import java.util.ArrayList;
import java.util.List;

/**
 * Alembic's offline mode ({@code upgrade --sql}, {@code downgrade --sql}, {@code stamp --sql}): the SQL for a
 * range, version-table statements included, without a database. An upgrade or stamp starts from {@code base}
 * unless the range says {@code start:end}; a downgrade needs {@code start:end}. The result carries the script in
 * {@link MigrationResult#sql()} and the version rows before and after it; no step has run.
 */
public final class OfflineSqlCommand {

    private final CommandContext ctx;

    /** @param ctx the engine's shared context */
    public OfflineSqlCommand(CommandContext ctx) {
        this.ctx = ctx;
    }

    public MigrationResult upgrade(String range) {
        String[] parts = split(range);
        List<String> start = parts[0] == null ? List.of() : ids(parts[0]);
        return render(ctx.planner().upgrade(parts[1], start));
    }

    public MigrationResult downgrade(String range) {
        String[] parts = split(range);
        if (parts[0] == null) {
            throw new RevisionResolutionException("Offline downgrade needs a range '<from>:<to>' (e.g. 'heads:base'), "
                    + "because there is no database to read the current revision from");
        }
        return render(ctx.planner().downgrade(parts[1], ids(parts[0])));
    }

    /** Each target is {@code rev} (stamped from base) or {@code start:rev}; every target names the same start. */
    public MigrationResult stamp(List<String> targets) {
        String start = null;
        List<String> destinations = new ArrayList<>();
        for (String target : targets) {
            String[] parts = split(target);
            if (parts[0] != null) {
                if (start != null && !start.equals(parts[0])) {
                    throw new RevisionResolutionException("stamp --sql takes one starting revision for all targets; "
                            + "got '" + start + "' and '" + parts[0] + "'");
                }
                start = parts[0];
            }
            destinations.add(parts[1]);
        }
        return render(ctx.planner().stamp(destinations, start == null ? List.of() : ids(start), false));
    }

    private MigrationResult render(MigrationPlan plan) {
        String sql = new OfflineSqlRenderer(ctx.dialect(), ctx.tables(), ctx.config().transactionMode())
                .renderOffline(plan);
        return new MigrationResult(plan.fromHeads(), plan.toHeads(), List.of(), 0, sql);
    }

    private List<String> ids(String identifier) {
        List<String> out = new ArrayList<>();
        for (RevisionNode n : ctx.graph().resolve(identifier)) {
            out.add(n.id());
        }
        return out;
    }

    private static String[] split(String range) {
        int colon = range.indexOf(':');
        if (colon < 0) {
            return new String[] {null, range};
        }
        String from = range.substring(0, colon);
        String to = range.substring(colon + 1);
        return new String[] {from.isEmpty() ? "base" : from, to.isEmpty() ? "heads" : to};
    }
}
