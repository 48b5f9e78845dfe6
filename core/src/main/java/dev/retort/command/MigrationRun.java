package dev.retort.command;

import dev.retort.RetortException;
import dev.retort.TransactionMode;
import dev.retort.exec.AppliedStep;
import dev.retort.exec.MigrationExecutor;
import dev.retort.exec.OfflineSqlRenderer;
import dev.retort.graph.MigrationPlan;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
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
        return run(ctx, what, planner, dryRun, stamp, purge, false);
    }

    /** @param baseline adopt a database with tables but no version table first ({@code baseline-on-upgrade}) */
    static MigrationResult run(CommandContext ctx, String what, Function<DatabaseState, MigrationPlan> planner,
            boolean dryRun, boolean stamp, boolean purge, boolean baseline) {
        long start = System.nanoTime();
        // One connection for the whole command: the unlocked check, then (when there is work) the lock and the run.
        // The first connection of a migrating command waits for a database that is still starting (connect-retries).
        Connection c = dryRun ? ctx.connect() : ctx.connectWithRetries();
        try (Closing ignored = new Closing(c)) {
            if (!dryRun) {
                // only this mode can be refused here: a no-op start loads none of the executor's classes
                if (ctx.config().transactionMode() == TransactionMode.ALL) {
                    executor(ctx, null).checkMode();
                }
                if (!stamp) {
                    MigrationResult nothing = nothingToDo(ctx, c, what, planner, start);
                    if (nothing != null) {
                        return nothing;
                    }
                }
            }
            return locked(ctx, c, what, planner, dryRun, stamp, purge, baseline, start);
        } catch (SQLException e) {
            throw new RetortException(what + " failed: " + e.getMessage(), e);
        }
    }

    private static MigrationResult locked(CommandContext ctx, Connection c, String what,
            Function<DatabaseState, MigrationPlan> planner, boolean dryRun, boolean stamp, boolean purge,
            boolean baseline, long start) throws SQLException {
        try (CommandContext.HeldLock lock = dryRun ? null : ctx.lock(c)) {
            boolean adopt = baseline && !dryRun && adoptable(ctx, c);
            DatabaseState state = StateReader.readForMigration(ctx, c);
            if (!stamp) {
                StateReader.refusePartial(state);
                StateReader.refuseUnknown(ctx, state);
            }
            MigrationExecutor executor = executor(ctx, dryRun ? null : installedBy(ctx, c));
            if (lock != null) {
                executor = executor.lockedBy(lock.lock(), ctx.config().lockEnabled() && ctx.dialect().sessionLock());
            }
            List<AppliedStep> baselined = List.of();
            if (adopt) {
                StateReader.createMissing(ctx, c, state);
                baselined = baseline(ctx, executor, c);
                state = new DatabaseState(true, true, ctx.planner().stamp(List.of(ctx.config().baselineRevision()),
                        List.of(), false).toHeads(), List.of());
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
            List<AppliedStep> all = baselined.isEmpty() ? steps : concat(baselined, steps);
            return new MigrationResult(adopt ? List.of() : plan.fromHeads(), plan.toHeads(), all, ms, null);
        }
    }

    /** Closes the migration connection; one its lock had to abort (item 15) may fail to close, which is no error. */
    private record Closing(Connection c) implements AutoCloseable {
        @Override
        public void close() {
            try {
                c.close();
            } catch (SQLException e) {
                log.debug("Closing the migration connection failed: {}", e.getMessage());
            }
        }
    }

    /** No version table, and other tables in its schema: a database that predates Retort. */
    private static boolean adoptable(CommandContext ctx, Connection c) throws SQLException {
        return !ctx.tables().existence(c).version() && ctx.tables().holdsOtherTables(c);
    }

    private static List<AppliedStep> baseline(CommandContext ctx, MigrationExecutor executor, Connection c)
            throws SQLException {
        String revision = ctx.config().baselineRevision();
        MigrationPlan stamp = ctx.planner().stamp(List.of(revision), List.of(), false);
        log.info("{} has tables but no version table {}: stamping it at {} before upgrading "
                + "(retort.baseline-on-upgrade)", ctx.config().schema() == null ? "The database" : "Schema "
                + ctx.config().schema(), ctx.tables().versionTable(), describe(stamp.toHeads()));
        return executor.execute(stamp, c);
    }

    private static List<AppliedStep> concat(List<AppliedStep> a, List<AppliedStep> b) {
        List<AppliedStep> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static MigrationExecutor executor(CommandContext ctx, String installedBy) {
        return new MigrationExecutor(ctx.dialect(), ctx.tables(), ctx.config().transactionMode(),
                ctx.config().listener(), installedBy, CommandContext.RETORT_VERSION);
    }

    /**
     * The common case at application startup: the database is already at the target. One connection and
     * one read of the state answer it without the lock; anything else goes through the locked path, which
     * reads the state again under the lock.
     */
    private static MigrationResult nothingToDo(CommandContext ctx, Connection c, String what,
            Function<DatabaseState, MigrationPlan> planner, long start) throws SQLException {
        DatabaseState state = StateReader.readExisting(ctx, c).orElse(null);
        // A "started" history row may be another instance's run in progress, and every other problem is
        // reported by the locked path after it reads the state again: here, only a clean state answers.
        if (state == null || state.unresolvedPartial() != null || !allKnown(ctx, state.versions())
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
    }

    private static boolean allKnown(CommandContext ctx, List<String> versions) {
        for (String v : versions) {
            if (!ctx.graph().contains(v)) {
                return false;
            }
        }
        return true;
    }

    /** {@code installed-by}, else the database user of the migration connection (as Flyway records it). */
    private static String installedBy(CommandContext ctx, Connection c) throws SQLException {
        String by = ctx.config().installedBy();
        if (by != null && !by.isBlank()) {
            return by;
        }
        String user = c.getMetaData().getUserName();
        return user != null && !user.isBlank() ? user : System.getProperty("user.name", "unknown");
    }

    static String describe(List<String> heads) {
        return heads.isEmpty() ? "base" : String.join(", ", heads);
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
