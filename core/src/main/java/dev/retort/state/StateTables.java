package dev.retort.state;

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
import java.util.List;
import java.util.Locale;
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
     * {@return which of the two tables exist, in one catalog query} The catalog is asked rather than the tables, so a
     * first run provokes no error (drivers log those, H2 writes them to a trace file).
     *
     * @param c the connection
     * @throws SQLException when the catalog cannot be read
     */
    public Existence existence(Connection c) throws SQLException {
        boolean version = false;
        boolean history = false;
        String catalogSchema = schema == null ? null : dialect.name().equals("h2") ? schema.toUpperCase(Locale.ROOT)
                : schema;
        try (PreparedStatement p = c.prepareStatement(dialect.tableExistsSql() + " UNION ALL "
                + dialect.tableExistsSql())) {
            for (int i = 0; i < 2; i++) {
                if (catalogSchema == null) {
                    p.setNull(2 * i + 1, Types.VARCHAR);
                } else {
                    p.setString(2 * i + 1, catalogSchema);
                }
                p.setString(2 * i + 2, i == 0 ? versionTable : historyTable);
            }
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    String found = rs.getString(1);
                    version |= found.equalsIgnoreCase(versionTable);
                    history |= found.equalsIgnoreCase(historyTable);
                }
            }
        }
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
        String sql = "SELECT id, revision, operation, from_revisions, to_revisions, message, checksum, success, "
                + "failed_statement, error, started_at, duration_ms, installed_by, retort_version FROM "
                + historyQualified + " ORDER BY id";
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                Timestamp started = rs.getTimestamp(11);
                long duration = rs.getLong(12);
                boolean durationNull = rs.wasNull();
                boolean success = rs.getBoolean(8);
                Boolean successValue = rs.wasNull() ? null : success;
                int failed = rs.getInt(9);
                Integer failedValue = rs.wasNull() ? null : failed;
                out.add(new HistoryEntry(rs.getLong(1), rs.getString(2), rs.getString(3), split(rs.getString(4)),
                        split(rs.getString(5)), rs.getString(6), rs.getString(7), successValue, failedValue,
                        rs.getString(10), started == null ? null : started.toInstant(), durationNull ? null : duration,
                        rs.getString(13), rs.getString(14)));
            }
        } catch (SQLException e) {
            throw denied(c, "the history table " + historyQualified, e);
        }
        return out;
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
                update(c, "INSERT INTO " + versionQualified + " (version_num) VALUES (?)", i.revision());
            } else if (change instanceof VersionChange.Delete d) {
                expectOne(update(c, "DELETE FROM " + versionQualified + " WHERE version_num = ?", d.revision()),
                        "deleting " + d.revision());
            } else if (change instanceof VersionChange.Update u) {
                expectOne(update(c, "UPDATE " + versionQualified + " SET version_num = ? WHERE version_num = ?",
                        u.to(), u.from()), "updating " + u.from() + " to " + u.to());
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
        String sql = "INSERT INTO " + historyQualified + " (revision, operation, from_revisions, to_revisions, message, "
                + "checksum, success, failed_statement, error, started_at, duration_ms, installed_by, retort_version) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement p = c.prepareStatement(sql, new String[] {"id"})) {
            p.setString(1, e.revision());
            p.setString(2, e.operation());
            p.setString(3, String.join(",", e.fromRevisions()));
            p.setString(4, String.join(",", e.toRevisions()));
            p.setString(5, truncate(e.message(), 1000));
            p.setString(6, e.checksum());
            if (e.success() == null) {
                p.setNull(7, Types.BOOLEAN);
            } else {
                p.setBoolean(7, e.success());
            }
            if (e.failedStatement() == null) {
                p.setNull(8, Types.INTEGER);
            } else {
                p.setInt(8, e.failedStatement());
            }
            p.setString(9, truncate(e.error(), MAX_ERROR));
            p.setTimestamp(10, Timestamp.from(e.startedAt()));
            if (e.durationMs() == null) {
                p.setNull(11, Types.BIGINT);
            } else {
                p.setLong(11, e.durationMs());
            }
            p.setString(12, truncate(e.installedBy(), 255));
            p.setString(13, e.retortVersion());
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : -1;
            }
        }
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
        String sql = "UPDATE " + historyQualified + " SET success = ?, failed_statement = ?, error = ?, duration_ms = ? "
                + "WHERE id = ?";
        try (PreparedStatement p = c.prepareStatement(sql)) {
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
            p.executeUpdate();
        }
    }

    private static int update(Connection c, String sql, String... args) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                p.setString(i + 1, args[i]);
            }
            return p.executeUpdate();
        }
    }

    private void expectOne(int rows, String what) {
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
