package dev.retort.command;

/** {@code upgrade <target>}: apply revisions up to the target (default {@code heads}). */
public final class UpgradeCommand {

    private final CommandContext ctx;

    /** @param ctx the engine's shared context */
    public UpgradeCommand(CommandContext ctx) {
        this.ctx = ctx;
    }

    /**
     * Upgrades the database to {@code target}.
     *
     * @param target a revision identifier: {@code head}, {@code heads}, an id
     * @param dryRun read the state and return the SQL that would run, changing nothing
     * @return the steps that ran (or the SQL) and the versions before and after
     */
    public MigrationResult run(String target, boolean dryRun) {
        return MigrationRun.run(ctx, "upgrade " + target,
                state -> ctx.planner().upgrade(target, state.versions()), dryRun, false, false,
                ctx.config().baselineOnUpgrade());
    }
}
