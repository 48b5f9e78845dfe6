package dev.retort.command;

import dev.retort.exec.OfflineSqlRenderer;
import dev.retort.graph.MigrationPlan;
import dev.retort.graph.RevisionNode;
import dev.retort.graph.RevisionResolutionException;
import java.util.ArrayList;
import java.util.List;

/**
 * Alembic's offline mode ({@code upgrade --sql}, {@code downgrade --sql}): the SQL for a range,
 * version-table statements included, without a database. An upgrade starts from {@code base} unless
 * the range says {@code start:end}; a downgrade needs {@code start:end}.
 */
public final class OfflineSqlCommand {

    private final CommandContext ctx;

    /** @param ctx the engine's shared context */
    public OfflineSqlCommand(CommandContext ctx) {
        this.ctx = ctx;
    }

    /**
     * {@return the SQL script of an upgrade, without a database}
     *
     * @param range {@code end} or {@code start:end}
     */
    public String upgrade(String range) {
        String[] parts = split(range);
        List<String> start = parts[0] == null ? List.of() : ids(parts[0]);
        MigrationPlan plan = ctx.planner().upgrade(parts[1], start);
        return new OfflineSqlRenderer(ctx.dialect(), ctx.tables()).render(plan, start.isEmpty());
    }

    /**
     * {@return the SQL script of a downgrade, without a database}
     *
     * @param range {@code start:end}
     */
    public String downgrade(String range) {
        String[] parts = split(range);
        if (parts[0] == null) {
            throw new RevisionResolutionException("Offline downgrade needs a range '<from>:<to>' (e.g. 'heads:base'), "
                    + "because there is no database to read the current revision from");
        }
        MigrationPlan plan = ctx.planner().downgrade(parts[1], ids(parts[0]));
        return new OfflineSqlRenderer(ctx.dialect(), ctx.tables()).render(plan, false);
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
