package dev.retort.command;

/** {@code downgrade <target>}: revert revisions down to the target ({@code -1}, a revision, {@code base}). */
public final class DowngradeCommand {

    private final CommandContext ctx;

    public DowngradeCommand(CommandContext ctx) {
        this.ctx = ctx;
    }

    public MigrationResult run(String target, boolean dryRun) {
        return MigrationRun.run(ctx, "downgrade " + target,
                state -> ctx.planner().downgrade(target, state.versions()), dryRun, false, false);
    }
}
