package dev.retort.command;

/** {@code upgrade <target>}: apply revisions up to the target (default {@code heads}). */
public final class UpgradeCommand {

    private final CommandContext ctx;

    public UpgradeCommand(CommandContext ctx) {
        this.ctx = ctx;
    }

    /** @param dryRun read the state and return the SQL that would run, changing nothing */
    public MigrationResult run(String target, boolean dryRun) {
        return MigrationRun.run(ctx, "upgrade " + target,
                state -> ctx.planner().upgrade(target, state.versions()), dryRun, false, false,
                ctx.config().baselineOnUpgrade());
    }
}
