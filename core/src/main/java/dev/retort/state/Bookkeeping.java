package dev.retort.state;

import dev.retort.dialect.DatabaseLock;
import dev.retort.graph.VersionChange;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One run's writes to the version and history tables on the migration connection. Each statement is prepared once
 * per run, on first use, not once per revision (drivers parse it once, and PostgreSQL's switches to a server-side
 * prepared statement after a few uses), and a step's bookkeeping takes as few round trips as the dialect allows:
 * on PostgreSQL the version row change and the history insert are one statement; on MariaDB a non-transactional
 * step in auto-commit changes its version row and finishes its history row in one multi-table update, atomic without
 * a transaction, and the version row's update asks whether the lock is held. The rows written are those
 * {@link StateTables}'s single-statement methods write.
 */
public final class Bookkeeping implements AutoCloseable {

    private final StateTables tables;
    private final Connection c;
    private final String dialect;
    /** The run's statements by what they do: their SQL is built once, on first use, not per revision. */
    private final Map<Kind, PreparedStatement> prepared = new EnumMap<>(Kind.class);

    private enum Kind {
        RECORD_INSERT, RECORD_UPDATE, RECORD_DELETE, VERSION_INSERT, VERSION_UPDATE, VERSION_DELETE, HISTORY_INSERT,
        STARTED_INSERT, FINISH, FINISH_APPLIED, VERSION_UPDATE_LOCKED
    }

    private final DatabaseLock.HeldQuery lockHeld;

    Bookkeeping(StateTables tables, Connection c, DatabaseLock.HeldQuery lockHeld) {
        this.tables = tables;
        this.c = c;
        this.dialect = tables.dialect().name();
        this.lockHeld = lockHeld;
    }

    private PreparedStatement prepare(Kind kind, Supplier<String> sql, boolean keys) throws SQLException {
        PreparedStatement p = prepared.get(kind);
        if (p == null) {
            p = keys ? c.prepareStatement(sql.get(), new String[] {"id"}) : c.prepareStatement(sql.get());
            prepared.put(kind, p);
        }
        return p;
    }

    /**
     * Applies a step's version changes and inserts its history row, in the caller's transaction. On PostgreSQL, with
     * one version change, that is one statement, which also asks whether the migration lock is still held when the
     * lock lives on this connection.
     *
     * @param changes the version-table changes, each checked to touch one row as {@link StateTables#apply} does
     * @param e the history row (its id is ignored)
     * @return whether the migration lock is still held, or null when this did not ask (the caller checks it)
     * @throws SQLException when a table cannot be written
     */
    public Boolean recordApplied(List<VersionChange> changes, HistoryEntry e) throws SQLException {
        if (changes.size() == 1 && dialect.equals("postgresql")) {
            VersionChange change = changes.get(0);
            // data-modifying CTEs all run, once, in the statement's transaction: one round trip instead of two
            // (three with the lock check)
            Kind kind = kindOf(change, Kind.RECORD_INSERT, Kind.RECORD_DELETE, Kind.RECORD_UPDATE);
            PreparedStatement p = prepare(kind, () -> "WITH v AS (" + changeSql(change) + " RETURNING 1), h AS "
                    + "(INSERT INTO " + tables.historyTable() + " " + StateTables.HISTORY_INSERT + ") SELECT (SELECT "
                    + "COUNT(*) FROM v)" + (lockHeld == null ? "" : ", (" + lockHeld.sql() + ")"), false);
            int next = tables.bindHistory(p, bindChange(p, change), e);
            if (lockHeld != null) {
                p.setObject(next, lockHeld.key());
            }
            int rows;
            Boolean held = null;
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                rows = rs.getInt(1);
                if (lockHeld != null) {
                    held = rs.getBoolean(2);
                }
            }
            checkChanged(change, rows);
            return held;
        }
        apply(changes);
        insertHistory(e);
        return null;
    }

    /**
     * Applies version-table changes, checking each touches exactly one row as Alembic does.
     *
     * @param changes the changes
     * @throws SQLException when the table cannot be written
     */
    public void apply(List<VersionChange> changes) throws SQLException {
        for (VersionChange change : changes) {
            Kind kind = kindOf(change, Kind.VERSION_INSERT, Kind.VERSION_DELETE, Kind.VERSION_UPDATE);
            PreparedStatement p = prepare(kind, () -> changeSql(change), false);
            bindChange(p, change);
            checkChanged(change, p.executeUpdate());
        }
    }

    /**
     * Inserts a history row.
     *
     * @param e the row (its id is ignored)
     * @return the new row's id, or -1 when the driver returns none
     * @throws SQLException when the table cannot be written
     */
    public long insertHistory(HistoryEntry e) throws SQLException {
        PreparedStatement p = prepare(Kind.HISTORY_INSERT, tables::insertHistorySql, true);
        tables.bindHistory(p, 1, e);
        p.executeUpdate();
        try (ResultSet keys = p.getGeneratedKeys()) {
            return keys.next() ? keys.getLong(1) : -1;
        }
    }

    /** What {@link #insertStartedHistory} returns when the migration lock is not held: nothing was inserted. */
    public static final long LOCK_NOT_HELD = -2;

    /**
     * {@return whether {@link #insertStartedHistory} and {@link #finishAppliedInOneStatement} ask whether the migration
     * lock is still held} MariaDB/MySQL with the lock on this connection, unless the binary log is statement-based:
     * no round trip of its own for the check.
     */
    public boolean asksLock() {
        if (asksLock == null) {
            asksLock = lockHeld != null && dialect.equals("mariadb") && !statementBinlog();
        }
        return asksLock;
    }

    private Boolean asksLock;

    /**
     * {@code IS_USED_LOCK} is unsafe for statement-based replication: in a write logged as a statement, a replica
     * would evaluate it and skip the row. MIXED and ROW log such a write as rows. Asked once per run.
     */
    private boolean statementBinlog() {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT @@SESSION.binlog_format")) {
            return !rs.next() || "STATEMENT".equalsIgnoreCase(rs.getString(1));
        } catch (SQLException e) {
            return true; // unknown: the lock check stays a query of its own
        }
    }

    /**
     * Inserts the history row of a step that starts, only while the migration lock is held when {@link #asksLock}.
     *
     * @param e the row (its id is ignored)
     * @return the new row's id, -1 when the driver returns none, or {@link #LOCK_NOT_HELD} (nothing inserted)
     * @throws SQLException when the table cannot be written
     */
    public long insertStartedHistory(HistoryEntry e) throws SQLException {
        if (!asksLock()) {
            return insertHistory(e);
        }
        PreparedStatement p = prepare(Kind.STARTED_INSERT,
                () -> tables.insertHistoryWhereSql("(" + lockHeld.sql() + ") = 1"), true);
        p.setObject(tables.bindHistory(p, 1, e), lockHeld.key());
        if (p.executeUpdate() == 0) {
            return LOCK_NOT_HELD;
        }
        try (ResultSet keys = p.getGeneratedKeys()) {
            return keys.next() ? keys.getLong(1) : -1;
        }
    }

    /**
     * Records how a started (non-transactional) step ended, as {@link StateTables#finishHistory} does.
     *
     * @param id the row's id
     * @param success true, false, or {@code null} when it stopped part-way
     * @param failedStatement 1-based index of the failing statement, or {@code null}
     * @param error the database's error, or {@code null}
     * @param durationMs how long the step ran
     * @throws SQLException when the table cannot be written
     */
    public void finishHistory(long id, Boolean success, Integer failedStatement, String error, long durationMs)
            throws SQLException {
        PreparedStatement p = prepare(Kind.FINISH, tables::finishHistorySql, false);
        StateTables.bindFinish(p, success, failedStatement, error, durationMs, id);
        p.executeUpdate();
    }

    /**
     * {@return whether {@link #finishAppliedInOneStatement} and {@link #updateVersionWhileLocked} can record these
     * changes} MariaDB, one version row updated: the step of a linear history.
     *
     * @param changes the step's version changes
     */
    public boolean updatesOneVersionRow(List<VersionChange> changes) {
        return dialect.equals("mariadb") && changes.size() == 1 && changes.get(0) instanceof VersionChange.Update;
    }

    /**
     * Updates the version row and marks the started history row successful in one statement, which commits on its
     * own (auto-commit): both change or neither, without the two round trips that switch auto-commit off and on.
     *
     * @param changes one {@link VersionChange.Update} (see {@link #updatesOneVersionRow})
     * @param id the started history row's id
     * @param durationMs how long the step ran
     * @return false when nothing changed and {@link #asksLock}: the lock is lost or the version row is missing, which
     *     the caller tells apart ({@link #refuseMissingVersionRow}); true when both rows changed
     * @throws SQLException when the tables cannot be written
     */
    public boolean finishAppliedInOneStatement(List<VersionChange> changes, long id, long durationMs)
            throws SQLException {
        VersionChange.Update u = (VersionChange.Update) changes.get(0);
        PreparedStatement p = prepare(Kind.FINISH_APPLIED, () -> "UPDATE " + tables.versionTable() + " v, "
                + tables.historyTable() + " h SET v.version_num = ?, h.success = TRUE, h.failed_statement = NULL, "
                + "h.error = NULL, h.duration_ms = ? WHERE v.version_num = ? AND h.id = ?"
                + (asksLock() ? " AND (" + lockHeld.sql() + ") = 1" : ""), false);
        p.setString(1, u.to());
        p.setLong(2, durationMs);
        p.setString(3, u.from());
        p.setLong(4, id);
        if (asksLock()) {
            p.setObject(5, lockHeld.key());
        }
        // the join matches both rows or none (version_num is the key): none means the version row is not there
        int rows = p.executeUpdate();
        if (rows == 0 && asksLock()) {
            return false;
        }
        checkChanged(u, rows == 0 ? 0 : 1);
        return true;
    }

    /**
     * Updates the one version row in the caller's transaction, only while the migration lock is held (call it when
     * {@link #asksLock}). In a transaction this and {@link #finishHistory} cost MariaDB less than the multi-table
     * update of {@link #finishAppliedInOneStatement}, whose join it plans per execution.
     *
     * @param changes one {@link VersionChange.Update} (see {@link #updatesOneVersionRow})
     * @return false when nothing changed: the lock is lost or the version row is missing, which the caller tells
     *     apart ({@link #refuseMissingVersionRow}); true when the row changed
     * @throws SQLException when the table cannot be written
     */
    public boolean updateVersionWhileLocked(List<VersionChange> changes) throws SQLException {
        VersionChange.Update u = (VersionChange.Update) changes.get(0);
        PreparedStatement p = prepare(Kind.VERSION_UPDATE_LOCKED,
                () -> tables.updateVersionSql() + " AND (" + lockHeld.sql() + ") = 1", false);
        p.setString(1, u.to());
        p.setString(2, u.from());
        p.setObject(3, lockHeld.key());
        return p.executeUpdate() == 1;
    }

    /**
     * Throws the error for a version row that is not there, as {@link #apply} does.
     *
     * @param changes the step's version changes, the first of which found no row
     */
    public void refuseMissingVersionRow(List<VersionChange> changes) {
        checkChanged(changes.get(0), 0);
    }

    /** The statement kind for {@code change}: each kind of change has its own prepared statement. */
    private static Kind kindOf(VersionChange change, Kind insert, Kind delete, Kind update) {
        return change instanceof VersionChange.Insert ? insert
                : change instanceof VersionChange.Delete ? delete : update;
    }

    private String changeSql(VersionChange change) {
        if (change instanceof VersionChange.Insert) {
            return tables.insertVersionSql();
        }
        return change instanceof VersionChange.Delete ? tables.deleteVersionSql() : tables.updateVersionSql();
    }

    /** Binds the change's parameters; returns the next parameter's index. */
    private static int bindChange(PreparedStatement p, VersionChange change) throws SQLException {
        if (change instanceof VersionChange.Insert i) {
            p.setString(1, i.revision());
            return 2;
        }
        if (change instanceof VersionChange.Delete d) {
            p.setString(1, d.revision());
            return 2;
        }
        VersionChange.Update u = (VersionChange.Update) change;
        p.setString(1, u.to());
        p.setString(2, u.from());
        return 3;
    }

    private void checkChanged(VersionChange change, int rows) {
        if (change instanceof VersionChange.Delete d) {
            tables.expectOne(rows, "deleting " + d.revision());
        } else if (change instanceof VersionChange.Update u) {
            tables.expectOne(rows, "updating " + u.from() + " to " + u.to());
        }
    }

    /** Closes the prepared statements; a connection that is gone cannot fail the run here. */
    @Override
    public void close() {
        for (PreparedStatement p : prepared.values()) {
            try {
                p.close();
            } catch (SQLException ignored) {
                // the statement dies with its connection
            }
        }
        prepared.clear();
    }
}
