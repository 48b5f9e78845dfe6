package dev.retort.command;

/** {@code downgrade <target>}: revert revisions down to the target ({@code -1}, a revision, {@code base}). */
public final class DowngradeCommand {

    private final CommandContext ctx;

    /** @param ctx the engine's shared context */
    public DowngradeCommand(CommandContext ctx) {
        this.ctx = ctx;
    }

    /**
     * Downgrades the database to {@code target}.
     *
     * @param target a revision identifier: {@code base}, {@code -1}, an id
     * @param dryRun read the state and return the SQL that would run, changing nothing
     * @return the steps that ran (or the SQL) and the versions before and after
     */
    public MigrationResult run(String target, boolean dryRun) {
        return MigrationRun.run(ctx, "downgrade " + target,
                state -> ctx.planner().downgrade(target, state.versions()), dryRun, false, false);
    }
}
