package dev.retort.command;

import java.util.List;

/** {@code stamp <rev>... [--purge]}: set the version rows without running any revision. */
public final class StampCommand {

    private final CommandContext ctx;

    /** @param ctx the engine's shared context */
    public StampCommand(CommandContext ctx) {
        this.ctx = ctx;
    }

    /**
     * Sets the version rows without running any revision.
     *
     * @param targets revision identifiers
     * @param purge empty the version table first
     * @param dryRun return the SQL that would run, changing nothing
     * @return the version rows before and after
     */
    public MigrationResult run(List<String> targets, boolean purge, boolean dryRun) {
        return MigrationRun.run(ctx, "stamp " + String.join(" ", targets),
                state -> ctx.planner().stamp(targets, state.versions(), purge), dryRun, true, purge && !dryRun);
    }
}
