package dev.retort.command;

import dev.retort.RetortException;
import dev.retort.exec.AppliedStep;
import dev.retort.exec.MigrationExecutor;
import dev.retort.exec.OfflineSqlRenderer;
import dev.retort.graph.MigrationPlan;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way a plan is run against a database: lock, read the state again under the lock, check it,
 * plan, create the state tables if missing, then execute (or render, for a dry run). Upgrade, downgrade and
 * stamp differ only in their plan.
 */
final class MigrationRun {

    private static final Logger log = LoggerFactory.getLogger(MigrationRun.class);

    private MigrationRun() {
    }

    static MigrationResult run(CommandContext ctx, String what, Function<DatabaseState, MigrationPlan> planner,
            boolean dryRun, boolean stamp, boolean purge) {
        long start = System.nanoTime();
        MigrationExecutor executor = new MigrationExecutor(ctx.dialect(), ctx.tables(),
                ctx.config().transactionMode(), ctx.config().listener(), installedBy(ctx),
                CommandContext.RETORT_VERSION);
        if (!dryRun) {
            executor.checkMode();
        }
        if (!dryRun && !stamp) {
            MigrationResult nothing = nothingToDo(ctx, what, planner, start);
            if (nothing != null) {
                return nothing;
            }
        }
        try (CommandContext.HeldLock ignored = dryRun ? null : ctx.lock(); Connection c = ctx.connect()) {
            DatabaseState state = StateReader.read(ctx, c, true);
            if (!stamp) {
                StateReader.refusePartial(state);
                StateReader.refuseUnknown(ctx, state);
            }
            MigrationPlan plan = planner.apply(state);
            if (!stamp) {
                StateReader.refuseDrift(ctx, state, plan);
            }
            if (dryRun) {
                String sql = new OfflineSqlRenderer(ctx.dialect(), ctx.tables(), ctx.config().transactionMode())
                        .renderDryRun(plan, state.versionTableExists());
                return new MigrationResult(plan.fromHeads(), plan.toHeads(), List.of(), elapsed(start), sql);
            }
            executor.checkAllMode(plan);
            plan.splitStatements();
            // only now, with a plan that can run: a command refused above leaves the database as it found it
            StateReader.createMissing(ctx, c, state);
            if (purge) {
                c.setAutoCommit(false);
                ctx.tables().purge(c);
            }
            List<AppliedStep> steps = executor.execute(plan, c);
            if (stamp && plan.isEmpty() && state.unresolvedPartial() != null) {
                executor.recordSettled(c, state.unresolvedPartial(), state.versions());
            }
            if (purge && !c.getAutoCommit()) {
                c.commit();
            }
            long ms = elapsed(start);
            if (!stamp) {
                if (steps.isEmpty()) {
                    log.info("{}: nothing to do, database at {} ({} ms)", what, describe(plan.toHeads()), ms);
                } else {
                    log.info("{}: applied {} revision(s), {} -> {} in {} ms", what, steps.size(),
                            describe(plan.fromHeads()), describe(plan.toHeads()), ms);
                }
            }
            return new MigrationResult(plan.fromHeads(), plan.toHeads(), steps, ms, null);
        } catch (SQLException e) {
            throw new RetortException(what + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * The common case at application startup: the database is already at the target. One connection and
     * one read of the state answer it without the lock; anything else goes through the locked path, which
     * reads the state again under the lock.
     */
    private static MigrationResult nothingToDo(CommandContext ctx, String what,
            Function<DatabaseState, MigrationPlan> planner, long start) {
        try (Connection c = ctx.connect()) {
            DatabaseState state = StateReader.readExisting(ctx, c).orElse(null);
            // A "started" history row may be another instance's run in progress, and every other problem is
            // reported by the locked path after it reads the state again: here, only a clean state answers.
            if (state == null || state.unresolvedPartial() != null
                    || state.versions().stream().anyMatch(v -> !ctx.graph().contains(v))
                    || ctx.config().validateChecksums() && !StateReader.checksumDrift(ctx, state).isEmpty()) {
                return null;
            }
            MigrationPlan plan = planner.apply(state);
            if (!plan.isEmpty()) {
                return null;
            }
            long ms = elapsed(start);
            log.info("{}: nothing to do, database at {} ({} ms)", what, describe(plan.toHeads()), ms);
            return new MigrationResult(plan.fromHeads(), plan.toHeads(), List.of(), ms, null);
        } catch (SQLException e) {
            throw new RetortException(what + " failed: " + e.getMessage(), e);
        }
    }

    private static String installedBy(CommandContext ctx) {
        String by = ctx.config().installedBy();
        return by != null ? by : System.getProperty("user.name", "unknown");
    }

    static String describe(List<String> heads) {
        return heads.isEmpty() ? "base" : String.join(", ", heads);
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
