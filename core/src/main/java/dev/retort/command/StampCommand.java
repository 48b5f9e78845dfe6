package dev.retort.command;

import java.util.List;

/** {@code stamp <rev>... [--purge]}: set the version rows without running any revision. */
public final class StampCommand {

    private final CommandContext ctx;

    public StampCommand(CommandContext ctx) {
        this.ctx = ctx;
    }

    public MigrationResult run(List<String> targets, boolean purge, boolean dryRun) {
        return MigrationRun.run(ctx, "stamp " + String.join(" ", targets),
                state -> ctx.planner().stamp(targets, state.versions(), purge), dryRun, true, purge && !dryRun);
    }
}
