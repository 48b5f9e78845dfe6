package dev.retort.state;

import dev.retort.dialect.DatabaseLock;
import dev.retort.dialect.Dialect;
import dev.retort.graph.VersionChange;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The version table (one row per applied head, Alembic's shape) and the history table (one row per
 * executed step): creation, reads and writes. Every read is one query.
 */
public final class StateTables {

    private static final Logger log = LoggerFactory.getLogger(StateTables.class);

    /** Error texts are cut to this many characters before they are stored. */
    public static final int MAX_ERROR = 3900;

    private final Dialect dialect;
    private final String schema;
    private final String versionTable;
    private final String historyTable;
    private final String versionQualified;
    private final String historyQualified;

    /**
     * @param dialect the database's dialect
     * @param schema the tables' schema, or {@code null} for the connection's
     * @param versionTable the version table's name
     * @param historyTable the history table's name
     */
    public StateTables(Dialect dialect, String schema, String versionTable, String historyTable) {
        this.dialect = dialect;
        this.schema = schema == null || schema.isBlank() ? null : schema;
        this.versionTable = versionTable;
        this.historyTable = historyTable;
        this.versionQualified = dialect.qualify(this.schema, versionTable);
        this.historyQualified = dialect.qualify(this.schema, historyTable);
    }

    /** {@return the version table's name} */
    public String versionTable() {
        return versionQualified;
    }

    /** {@return the history table's name} */
    public String historyTable() {
        return historyQualified;
    }

    /** {@return the name of the migration lock for this pair of tables} */
    public String lockName() {
        return (schema == null ? "" : schema + ".") + versionTable + "_lock";
    }

    /**
     * {@return which of the two tables exist, as the dialect asks the catalog ({@link Dialect#existingTables})} The
     * catalog is asked rather than the tables, so a first run provokes no error (drivers log those, H2 writes them to
     * a trace file).
     *
     * @param c the connection
     * @throws SQLException when the catalog cannot be read
     */
    public Existence existence(Connection c) throws SQLException {
        Set<String> found = dialect.existingTables(c, schema, List.of(versionTable, historyTable));
        boolean version = found.contains(versionTable);
        boolean history = found.contains(historyTable);
        if (!version && dialect.name().equals("mariadb")) {
            version = hiddenByPrivileges(c);
        }
        return new Existence(version, history);
    }

    /**
     * MariaDB's catalog shows only the tables a user holds a privilege on. A user without SELECT on the whole database
     * may not see the version table although it exists: then only reading it tells "denied" from "missing".
     */
    private boolean hiddenByPrivileges(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT (SELECT COUNT(*) FROM information_schema.user_privileges "
                + "WHERE privilege_type = 'SELECT') + (SELECT COUNT(*) FROM information_schema.schema_privileges "
                + "WHERE privilege_type = 'SELECT' AND table_schema = COALESCE(?, DATABASE()))")) {
            p.setString(1, schema);
            try (ResultSet rs = p.executeQuery()) {
                if (rs.next() && rs.getLong(1) > 0) {
                    return false; // the user may read every table of the database: the catalog is complete
                }
            }
        }
        try (Statement s = c.createStatement()) {
            s.executeQuery("SELECT version_num FROM " + versionQualified + " WHERE 1 = 0").close();
            return true;
        } catch (SQLException e) {
            return permissionDenied(e);
        }
    }

    private static boolean permissionDenied(SQLException e) {
        return "42501".equals(e.getSQLState()) || e.getErrorCode() == 1142 || e.getErrorCode() == 90096;
    }

    /** Throws a read refused for lack of privileges as an error naming the table and the GRANT; returns others. */
    private SQLException denied(Connection c, String table, SQLException e) {
        if (!permissionDenied(e)) {
            return e;
        }
        String user;
        try {
            user = c.getMetaData().getUserName();
        } catch (SQLException ignored) {
            user = "<user>";
        }
        throw new StateException("Permission denied reading " + table + ": " + e.getMessage().strip() + ". Retort "
                + "reads its state tables for every command; grant it: GRANT SELECT ON " + versionQualified + ", "
                + historyQualified + " TO " + user + " (migrating also needs INSERT, UPDATE and DELETE)", e);
    }

    /**
     * Creates {@code retort.schema} when it is set and does not exist ({@code create-schemas}); true when it
     * created it. The catalog is asked first, so a user without the right to create schemas is fine when the
     * schema is there.
     */
    public boolean createSchemaIfMissing(Connection c) throws SQLException {
        if (schema == null) {
            return false;
        }
        String stored = c.getMetaData().storesUpperCaseIdentifiers() ? schema.toUpperCase(Locale.ROOT) : schema;
        try (PreparedStatement p = c.prepareStatement(
                "SELECT schema_name FROM information_schema.schemata WHERE schema_name = ?")) {
            p.setString(1, stored);
            try (ResultSet rs = p.executeQuery()) {
                if (rs.next()) {
                    return false;
                }
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS " + dialect.quote(schema));
        } catch (SQLException e) {
            throw new StateException("Cannot create the schema " + schema + " (retort.create-schemas): "
                    + e.getMessage().strip() + ". Create it with a user that may, or grant the right", e);
        }
        if (!c.getAutoCommit()) {
            c.commit();
        }
        log.info("Created schema {} for the version and history tables (retort.create-schemas)", schema);
        return true;
    }

    /**
     * Whether the schema of the version table holds tables or views besides Retort's own: the database is not
     * empty. One catalog call; used when the version table is missing and {@code baseline-on-upgrade} is on.
     */
    public boolean holdsOtherTables(Connection c) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        boolean schemas = md.supportsSchemasInTableDefinitions();
        String name = schema != null ? schema : schemas ? c.getSchema() : c.getCatalog();
        if (name != null && md.storesUpperCaseIdentifiers()) {
            name = name.toUpperCase(Locale.ROOT);
        }
        String pattern = name == null ? null : escapeLike(name, md.getSearchStringEscape());
        List<String> own = List.of(versionTable, historyTable, versionTable + "_lock");
        try (ResultSet rs = schemas ? md.getTables(null, pattern, "%", TABLE_TYPES)
                : md.getTables(name, null, "%", TABLE_TYPES)) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME");
                if (own.stream().noneMatch(table::equalsIgnoreCase)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final String[] TABLE_TYPES = {"TABLE", "BASE TABLE", "VIEW", "PARTITIONED TABLE",
            "MATERIALIZED VIEW", "FOREIGN TABLE"};

    private static String escapeLike(String name, String escape) {
        if (escape == null || escape.isEmpty()) {
            return name;
        }
        return name.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
    }

    /** Whether the version and history tables exist. */
    public record Existence(boolean version, boolean history) {
    }

    /**
     * Creates whichever table is missing; a failure says which table and where.
     *
     * @param c the connection
     * @param existence which tables exist
     */
    public void create(Connection c, Existence existence) {
        String table = null;
        try (Statement s = c.createStatement()) {
            if (!existence.version()) {
                table = versionQualified;
                s.execute(createVersionTableSql());
            }
            if (!existence.history()) {
                table = historyQualified;
                s.execute(createHistoryTableSql());
            }
        } catch (SQLException e) {
            throw new StateException("Cannot create the table " + table + ": " + e.getMessage().strip()
                    + (schema == null ? ". Check that the user may create tables in the current schema"
                            : ". Check that the schema " + schema + " exists (PostgreSQL: CREATE SCHEMA, MariaDB/MySQL: "
                            + "CREATE DATABASE) and that the user may create tables in it, or fix retort.schema"), e);
        }
    }

    /** {@return the version table's CREATE TABLE, as Alembic would write it} */
    public String createVersionTableSql() {
        return dialect.createVersionTableSql(schema, versionTable);
    }

    /** The history table's CREATE TABLE. */
    public String createHistoryTableSql() {
        return dialect.createHistoryTableSql(historyQualified);
    }

    /**
     * {@return the version rows}
     *
     * @param c the connection
     * @throws SQLException when the table cannot be read
     */
    public List<String> readVersions(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version_num FROM " + versionQualified)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw denied(c, "the version table " + versionQualified, e);
        }
        return out;
    }

    /**
     * {@return the history rows, oldest first}
     *
     * @param c the connection
     * @throws SQLException when the table cannot be read
     */
    public List<HistoryEntry> readHistory(Connection c) throws SQLException {
        List<HistoryEntry> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(HISTORY_COLUMNS + historyQualified
                + " ORDER BY id")) {
            while (rs.next()) {
                out.add(historyRow(rs));
            }
        } catch (SQLException e) {
            throw denied(c, "the history table " + historyQualified, e);
        }
        return out;
    }

    private static final String HISTORY_COLUMNS = "SELECT id, revision, operation, from_revisions, to_revisions, "
            + "message, checksum, success, failed_statement, error, started_at, duration_ms, installed_by, "
            + "retort_version FROM ";

    private static HistoryEntry historyRow(ResultSet rs) throws SQLException {
        Timestamp started = rs.getTimestamp(11);
        long duration = rs.getLong(12);
        boolean durationNull = rs.wasNull();
        boolean success = rs.getBoolean(8);
        Boolean successValue = rs.wasNull() ? null : success;
        int failed = rs.getInt(9);
        Integer failedValue = rs.wasNull() ? null : failed;
        return new HistoryEntry(rs.getLong(1), rs.getString(2), rs.getString(3), split(rs.getString(4)),
                split(rs.getString(5)), rs.getString(6), rs.getString(7), successValue, failedValue,
                rs.getString(10), started == null ? null : started.toInstant(), durationNull ? null : duration,
                rs.getString(13), rs.getString(14));
    }

    /**
     * {@return the version rows and what a migrating command checks in the history, when both tables exist} One
     * query reads the version rows, the id, revision and checksum of each successful upgrade (the checksum check
     * needs no more) and the id of the newest row when it marks a step that stopped part-way; only then does a
     * second query read that row in full, for the message that refuses to go on.
     *
     * @param c the connection
     * @throws SQLException when a table cannot be read
     */
    public CompactState readCompact(Connection c) throws SQLException {
        List<String> versions = new ArrayList<>(1);
        List<HistoryEntry> applied = new ArrayList<>();
        long partialId = -1;
        boolean sorted = true;
        long last = Long.MIN_VALUE;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(compactSql())) {
            while (rs.next()) {
                int kind = rs.getInt(1);
                if (kind == 0) {
                    long id = rs.getLong(4);
                    sorted &= id > last;
                    last = id;
                    applied.add(new HistoryEntry(id, rs.getString(2), UPGRADE, List.of(), List.of(), null,
                            rs.getString(3), Boolean.TRUE, null, null, null, null, null, null));
                } else if (kind == 1) {
                    versions.add(rs.getString(2));
                } else {
                    partialId = rs.getLong(4);
                }
            }
        } catch (SQLException e) {
            throw denied(c, "the version table " + versionQualified + " or the history table " + historyQualified, e);
        }
        if (!sorted) { // the query leaves the order to the database: the newest checksum of a revision must win
            applied.sort(Comparator.comparingLong(HistoryEntry::id));
        }
        HistoryEntry partial = partialId < 0 ? null : readHistoryRow(c, partialId);
        return new CompactState(versions, applied, partial);
    }

    private static final String UPGRADE = "upgrade";

    /** Kind 0: successful upgrades (first, so their column types lead the union), 1: version rows, 2: a partial. */
    private String compactSql() {
        return "SELECT 0, revision, checksum, id FROM " + historyQualified + " WHERE success = TRUE AND operation = '"
                + UPGRADE + "' AND checksum IS NOT NULL UNION ALL SELECT 1, version_num, NULL, NULL FROM "
                + versionQualified + " UNION ALL SELECT 2, NULL, NULL, id FROM " + historyQualified
                + " WHERE success IS NULL AND id = (SELECT MAX(id) FROM " + historyQualified + ")";
    }

    private HistoryEntry readHistoryRow(Connection c, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(HISTORY_COLUMNS + historyQualified + " WHERE id = ?")) {
            p.setLong(1, id);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? historyRow(rs) : null;
            }
        }
    }

    /**
     * What a migrating command reads of the state tables.
     *
     * @param versions the version rows
     * @param applied each successful upgrade with a checksum, oldest first: only id, revision, operation, checksum and
     *     success are filled in
     * @param partial the newest history row, in full, when it marks a step that stopped part-way; else null
     */
    public record CompactState(List<String> versions, List<HistoryEntry> applied, HistoryEntry partial) {
    }

    /**
     * Applies version-table changes, checking each touches exactly one row as Alembic does.
     *
     * @param c the connection
     * @param changes the changes
     * @throws SQLException when the table cannot be written
     */
    public void apply(Connection c, List<VersionChange> changes) throws SQLException {
        for (VersionChange change : changes) {
            if (change instanceof VersionChange.Insert i) {
                update(c, insertVersionSql(), i.revision());
            } else if (change instanceof VersionChange.Delete d) {
                expectOne(update(c, deleteVersionSql(), d.revision()), "deleting " + d.revision());
            } else if (change instanceof VersionChange.Update u) {
                expectOne(update(c, updateVersionSql(), u.to(), u.from()), "updating " + u.from() + " to " + u.to());
            }
        }
    }

    /**
     * Deletes every version row ({@code stamp --purge}).
     *
     * @param c the connection
     * @throws SQLException when the table cannot be written
     */
    public void purge(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM " + versionQualified);
        }
    }

    /**
     * {@return the same changes as SQL text with literals, for offline mode}
     *
     * @param changes the changes
     */
    public List<String> render(List<VersionChange> changes) {
        List<String> out = new ArrayList<>();
        for (VersionChange change : changes) {
            if (change instanceof VersionChange.Insert i) {
                out.add("INSERT INTO " + versionQualified + " (version_num) VALUES (" + dialect.literal(i.revision()) + ")");
            } else if (change instanceof VersionChange.Delete d) {
                out.add("DELETE FROM " + versionQualified + " WHERE version_num = " + dialect.literal(d.revision()));
            } else if (change instanceof VersionChange.Update u) {
                out.add("UPDATE " + versionQualified + " SET version_num = " + dialect.literal(u.to())
                        + " WHERE version_num = " + dialect.literal(u.from()));
            }
        }
        return out;
    }

    /**
     * Inserts a history row.
     *
     * @param c the connection
     * @param e the row (its id is ignored)
     * @return the new row's id, or -1 when the driver returns none
     * @throws SQLException when the table cannot be written
     */
    public long insertHistory(Connection c, HistoryEntry e) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(insertHistorySql(), new String[] {"id"})) {
            bindHistory(p, 1, e);
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : -1;
            }
        }
    }

    String insertHistorySql() {
        return "INSERT INTO " + historyQualified + " " + HISTORY_INSERT;
    }

    private static final String HISTORY_INSERT_COLUMNS = "(revision, operation, from_revisions, to_revisions, "
            + "message, checksum, success, failed_statement, error, started_at, duration_ms, installed_by, "
            + "retort_version)";

    private static final String HISTORY_PARAMETERS = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?";

    /** The history insert's columns and values, 13 parameters bound by {@link #bindHistory}. */
    static final String HISTORY_INSERT = HISTORY_INSERT_COLUMNS + " VALUES (" + HISTORY_PARAMETERS + ")";

    /** The history insert of a row only when {@code condition} holds (MariaDB/MySQL: {@code FROM DUAL}). */
    String insertHistoryWhereSql(String condition) {
        return "INSERT INTO " + historyQualified + " " + HISTORY_INSERT_COLUMNS + " SELECT " + HISTORY_PARAMETERS
                + " FROM DUAL WHERE " + condition;
    }

    /** Binds the 13 values of a history row from parameter {@code at} on; returns the next parameter's index. */
    int bindHistory(PreparedStatement p, int at, HistoryEntry e) throws SQLException {
        p.setString(at, e.revision());
        p.setString(at + 1, e.operation());
        p.setString(at + 2, String.join(",", e.fromRevisions()));
        p.setString(at + 3, String.join(",", e.toRevisions()));
        p.setString(at + 4, truncate(e.message(), 1000));
        p.setString(at + 5, e.checksum());
        if (e.success() == null) {
            p.setNull(at + 6, Types.BOOLEAN);
        } else {
            p.setBoolean(at + 6, e.success());
        }
        if (e.failedStatement() == null) {
            p.setNull(at + 7, Types.INTEGER);
        } else {
            p.setInt(at + 7, e.failedStatement());
        }
        p.setString(at + 8, truncate(e.error(), MAX_ERROR));
        // by the dialect: building a Timestamp's Calendar was a fifth of a cold MariaDB apply's main-thread samples
        dialect.bindTimestamp(p, at + 9, e.startedAt());
        if (e.durationMs() == null) {
            p.setNull(at + 10, Types.BIGINT);
        } else {
            p.setLong(at + 10, e.durationMs());
        }
        p.setString(at + 11, truncate(e.installedBy(), 255));
        p.setString(at + 12, e.retortVersion());
        return at + 13;
    }

    /**
     * Records how a started (non-transactional) step ended.
     *
     * @param c the connection
     * @param id the row's id
     * @param success true, false, or {@code null} when it stopped part-way
     * @param failedStatement 1-based index of the failing statement, or {@code null}
     * @param error the database's error, or {@code null}
     * @param durationMs how long the step ran
     * @throws SQLException when the table cannot be written
     */
    public void finishHistory(Connection c, long id, Boolean success, Integer failedStatement, String error,
            long durationMs) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(finishHistorySql())) {
            bindFinish(p, success, failedStatement, error, durationMs, id);
            p.executeUpdate();
        }
    }

    String finishHistorySql() {
        return "UPDATE " + historyQualified + " SET success = ?, failed_statement = ?, error = ?, duration_ms = ? "
                + "WHERE id = ?";
    }

    static void bindFinish(PreparedStatement p, Boolean success, Integer failedStatement, String error,
            long durationMs, long id) throws SQLException {
        if (success == null) {
            p.setNull(1, Types.BOOLEAN);
        } else {
            p.setBoolean(1, success);
        }
        if (failedStatement == null) {
            p.setNull(2, Types.INTEGER);
        } else {
            p.setInt(2, failedStatement);
        }
        p.setString(3, truncate(error, MAX_ERROR));
        p.setLong(4, durationMs);
        p.setLong(5, id);
    }

    /** {@return the dialect the tables are written in} */
    Dialect dialect() {
        return dialect;
    }

    /**
     * {@return a writer of one run's bookkeeping on {@code c}} It prepares each statement once, on first use, and
     * keeps it until closed.
     *
     * @param c the migration connection
     */
    public Bookkeeping bookkeeping(Connection c) {
        return new Bookkeeping(this, c, null);
    }

    /**
     * {@return a writer of one run's bookkeeping on {@code c} that also asks {@code lockHeld}} For a migration lock
     * held by the session of {@code c}: the statement that records a step can tell whether the lock is still held.
     *
     * @param c the migration connection
     * @param lockHeld the lock's query, or null
     */
    public Bookkeeping bookkeeping(Connection c, DatabaseLock.HeldQuery lockHeld) {
        return new Bookkeeping(this, c, lockHeld);
    }

    String insertVersionSql() {
        return "INSERT INTO " + versionQualified + " (version_num) VALUES (?)";
    }

    String deleteVersionSql() {
        return "DELETE FROM " + versionQualified + " WHERE version_num = ?";
    }

    String updateVersionSql() {
        return "UPDATE " + versionQualified + " SET version_num = ? WHERE version_num = ?";
    }

    private static int update(Connection c, String sql, String... args) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                p.setString(i + 1, args[i]);
            }
            return p.executeUpdate();
        }
    }

    void expectOne(int rows, String what) {
        if (rows != 1) {
            throw new StateException("Expected to match one row " + what + " in " + versionQualified + ", found "
                    + rows + ". Another tool changed the version table during the run; inspect it with "
                    + "'retort current' and fix it with 'retort stamp'");
        }
    }

    private static List<String> split(String value) {
        if (value == null || value.isEmpty()) {
            return List.of();
        }
        return Arrays.asList(value.split(","));
    }

    static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }
}
