package dev.retort.command;

import dev.retort.RetortException;
import dev.retort.graph.MigrationPlan;
import dev.retort.graph.PlanStep;
import dev.retort.graph.RevisionNode;
import dev.retort.graph.UnknownVersionException;
import dev.retort.state.HistoryEntry;
import dev.retort.state.StateException;
import dev.retort.state.StateTables;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads and checks the database state: the checks every migrating command runs before planning. */
final class StateReader {

    private static final Logger log = LoggerFactory.getLogger(StateReader.class);

    private StateReader() {
    }

    /** The state as it is; a table that does not exist reads as empty (nothing is created here). */
    static DatabaseState read(CommandContext ctx, Connection c, boolean readHistory) throws SQLException {
        StateTables tables = ctx.tables();
        StateTables.Existence existence = tables.existence(c);
        List<String> versions = existence.version() ? tables.readVersions(c) : List.of();
        List<HistoryEntry> history = existence.history() && readHistory ? tables.readHistory(c) : List.of();
        return new DatabaseState(existence.version(), existence.history(), versions, history);
    }

    /**
     * The state a migrating command checks: the version rows and, of the history, only what the checks read (each
     * successful upgrade's revision and checksum, and the newest row when it marks a step that stopped part-way; see
     * {@link StateTables#readCompact}). One catalog query, then one query when both tables exist.
     */
    static DatabaseState readForMigration(CommandContext ctx, Connection c) throws SQLException {
        StateTables tables = ctx.tables();
        StateTables.Existence existence = tables.existence(c);
        if (existence.version() && existence.history()) {
            return compact(tables.readCompact(c));
        }
        // before the first run, or a database Alembic migrated: at most one table to read
        return new DatabaseState(existence.version(), existence.history(),
                existence.version() ? tables.readVersions(c) : List.of(),
                existence.history() ? tables.readHistory(c) : List.of());
    }

    /**
     * The state when both tables exist (the common case at startup), read as {@link #readForMigration} does; empty
     * before the first run created them, and the caller then takes the locked path.
     */
    static Optional<DatabaseState> readExisting(CommandContext ctx, Connection c) throws SQLException {
        StateTables.Existence existence = ctx.tables().existence(c);
        if (!existence.version() || !existence.history()) {
            return Optional.empty();
        }
        return Optional.of(compact(ctx.tables().readCompact(c)));
    }

    /** The history of a compact read: the applied upgrades, oldest first, then the partial row when there is one. */
    private static DatabaseState compact(StateTables.CompactState read) {
        List<HistoryEntry> history = read.applied();
        if (read.partial() != null) {
            history = new ArrayList<>(history);
            history.add(read.partial());
        }
        return new DatabaseState(true, true, read.versions(), history);
    }

    static DatabaseState read(CommandContext ctx, boolean readHistory) {
        try (Connection c = ctx.connect()) {
            return read(ctx, c, readHistory);
        } catch (SQLException e) {
            throw new RetortException("Cannot read the version table " + ctx.tables().versionTable() + ": "
                    + e.getMessage(), e);
        }
    }

    /** Refuses to continue after a non-transactional revision stopped part-way. */
    static void refusePartial(DatabaseState state) {
        HistoryEntry partial = state.unresolvedPartial();
        if (partial == null) {
            return;
        }
        String at = partial.failedStatement() == null ? "before it finished (the process stopped)"
                : "at statement " + partial.failedStatement();
        throw new StateException("The " + partial.operation() + " of revision " + partial.revision() + " started at "
                + partial.startedAt() + " stopped " + at + (partial.error() == null ? "" : ": " + partial.error())
                + ". Its earlier statements were applied and could not be rolled back. Fix the database by hand, then "
                + "record where it stands with 'retort stamp " + stampTarget(partial.toRevisions())
                + "' (if you completed the " + partial.operation() + ") or 'retort stamp "
                + stampTarget(partial.fromRevisions()) + "' (if you undid it). Nothing runs until then.");
    }

    private static String stampTarget(List<String> revisions) {
        return revisions.isEmpty() ? "base" : String.join(" ", revisions);
    }

    /** Every row must name a known revision. */
    static void refuseUnknown(CommandContext ctx, DatabaseState state) {
        for (String v : state.versions()) {
            if (!ctx.graph().contains(v)) {
                throw new UnknownVersionException(v);
            }
        }
    }

    /** Creates whichever state table {@code state} found missing, once a command is about to write. */
    static void createMissing(CommandContext ctx, Connection c, DatabaseState state) throws SQLException {
        if (!(state.versionTableExists() && state.historyTableExists())) {
            c.setAutoCommit(true);
            if (ctx.config().createSchemas()) {
                ctx.tables().createSchemaIfMissing(c);
            }
            ctx.tables().create(c, new StateTables.Existence(state.versionTableExists(), state.historyTableExists()));
        }
    }

    /** Compares each applied revision's script with the checksum recorded when it ran. */
    static List<String> checksumDrift(CommandContext ctx, DatabaseState state) {
        return List.copyOf(drift(ctx, state).values());
    }

    /** Revision id to description, for each applied revision whose script changed since it ran. */
    private static Map<String, String> drift(CommandContext ctx, DatabaseState state) {
        if (state.history().isEmpty()) {
            return Map.of();
        }
        Map<String, String> recorded = new HashMap<>();
        for (HistoryEntry e : state.history()) {
            if (Boolean.TRUE.equals(e.success()) && "upgrade".equals(e.operation()) && e.checksum() != null) {
                recorded.put(e.revision(), e.checksum());
            }
        }
        List<RevisionNode> current = new ArrayList<>();
        for (String v : state.versions()) {
            if (ctx.graph().contains(v)) {
                current.add(ctx.graph().node(v));
            }
        }
        Map<String, String> problems = new LinkedHashMap<>();
        for (RevisionNode applied : ctx.graph().ancestors(current, true)) {
            String was = recorded.get(applied.id());
            String now = applied.script().checksum();
            if (was != null && !was.equals(now)) {
                problems.put(applied.id(), "revision " + applied.id() + " (" + applied.script().source()
                        + ") changed after it was applied: recorded checksum " + was + ", script checksum " + now);
            }
        }
        return problems;
    }

    /**
     * Refuses to run past an applied revision whose script changed, except one the plan downgrades: that is
     * Alembic's edit loop (edit the head, {@code downgrade -1}, {@code upgrade head}), so its current downgrade
     * section runs, with one warning naming it, and the re-upgrade records the new checksum.
     */
    static void refuseDrift(CommandContext ctx, DatabaseState state, MigrationPlan plan) {
        if (!ctx.config().validateChecksums()) {
            return;
        }
        Set<String> downgraded = new HashSet<>();
        for (PlanStep step : plan.steps()) {
            if (step.operation() == PlanStep.Operation.DOWNGRADE) {
                downgraded.add(step.revision());
            }
        }
        List<String> refused = new ArrayList<>();
        drift(ctx, state).forEach((revision, description) -> {
            if (downgraded.contains(revision)) {
                log.warn("{}; downgrading it with the downgrade section as it is now", description);
            } else {
                refused.add(description);
            }
        });
        if (!refused.isEmpty()) {
            throw new ChecksumMismatchException(String.join("\n", refused) + "\nRestore the applied script(s), or put "
                    + "the change in a new revision (while developing: downgrade past the revision, then upgrade again); "
                    + "set retort.validate-checksums=false to skip this check");
        }
    }
}
