package dev.retort.dialect;

import dev.retort.script.SqlFlavor;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.zip.CRC32;

/** MariaDB 10.11+ and MySQL 8+: DDL commits implicitly; the lock is {@code GET_LOCK}. */
public class MariaDbDialect implements Dialect {

    @Override
    public String name() {
        return "mariadb";
    }

    @Override
    public boolean matches(String productName) {
        String p = productName.toLowerCase(Locale.ROOT);
        return p.contains("mariadb") || p.contains("mysql");
    }

    @Override
    public SqlFlavor flavor() {
        return SqlFlavor.MYSQL;
    }

    @Override
    public boolean transactionalDdl() {
        return false;
    }

    /**
     * DDL commits the open transaction before it runs, whether or not it then succeeds (parse errors aside); not for
     * temporary tables.
     */
    @Override
    public boolean commitsOrJoinsTransaction(String sql) {
        return ImplicitCommit.commits(sql, "CREATE", "ALTER", "DROP", "RENAME", "TRUNCATE");
    }

    @Override
    public String createHistoryTableSql(String t) {
        return "CREATE TABLE " + t + " ("
                + "id BIGINT AUTO_INCREMENT PRIMARY KEY, "
                + "revision VARCHAR(32) NOT NULL, operation VARCHAR(16) NOT NULL, "
                + "from_revisions VARCHAR(1024), to_revisions VARCHAR(1024), message VARCHAR(1024), "
                + "checksum VARCHAR(80), success BOOLEAN, failed_statement INT, error TEXT, "
                + "started_at DATETIME(3) NOT NULL, duration_ms BIGINT, installed_by VARCHAR(255), "
                + "retort_version VARCHAR(32)) ENGINE=InnoDB";
    }

    /** Alembic's shape, on InnoDB so that version rows and history rows commit together. */
    @Override
    public String createVersionTableSql(String schema, String table) {
        return Dialect.super.createVersionTableSql(schema, table) + " ENGINE=InnoDB";
    }

    @Override
    public String tableExistsSql() {
        return "SELECT table_name FROM information_schema.tables WHERE table_schema = COALESCE(?, DATABASE()) "
                + "AND table_name = ?";
    }

    @Override
    public String literal(String value) {
        return value == null ? "NULL" : "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    /** Backticks where SQLAlchemy would quote, so names match Alembic's. */
    @Override
    public String quote(String identifier) {
        return Identifiers.needsQuoting(identifier) ? '`' + identifier.replace("`", "``") + '`' : identifier;
    }

    /** A MariaDB schema is a database: {@code USE} it through JDBC's catalog, which pools reset on return. */
    @Override
    public void useSchema(Connection connection, String schema) throws SQLException {
        connection.setCatalog(schema);
    }

    @Override
    public DatabaseLock lock(Connection connection, String lockName, Duration timeout) throws SQLException {
        connection.setAutoCommit(true);
        String scoped = LockPolling.scoped(connection, lockName, "SELECT DATABASE()");
        String name = lockName(scoped);
        LockPolling.poll(() -> {
            try (PreparedStatement p = connection.prepareStatement("SELECT GET_LOCK(?, 0)")) {
                p.setString(1, name);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    return rs.getInt(1) == 1;
                }
            }
        }, () -> {
            try (PreparedStatement p = connection.prepareStatement("SELECT IS_USED_LOCK(?)")) {
                p.setString(1, name);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() && rs.getObject(1) != null ? holder(connection, rs.getLong(1)) : null;
                }
            }
        }, name, timeout);
        return new SessionLock(connection, name, name, "SELECT COALESCE(IS_USED_LOCK(?) = CONNECTION_ID(), 0)",
                "SELECT RELEASE_LOCK(?)");
    }

    /** A {@code GET_LOCK} lock belongs to the connection and survives commits. */
    @Override
    public boolean sessionLock() {
        return true;
    }

    /**
     * {@code GET_LOCK} names are server-wide and at most 64 characters: the name carries the database
     * ({@code retort:db.retort_version_lock}), and a longer one is shortened with a hash of the whole.
     */
    static String lockName(String scoped) {
        String name = "retort:" + scoped;
        if (name.length() <= 64) {
            return name;
        }
        CRC32 crc = new CRC32();
        crc.update(name.getBytes(StandardCharsets.UTF_8));
        return name.substring(0, 55) + "#" + String.format("%08x", crc.getValue());
    }

    private static String holder(Connection connection, long id) throws SQLException {
        String sql = "SELECT user, host, db, time FROM information_schema.processlist WHERE id = ?";
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            p.setLong(1, id);
            try (ResultSet rs = p.executeQuery()) {
                if (rs.next()) {
                    return "connection id " + id + " (user '" + rs.getString(1) + "' from " + rs.getString(2)
                            + ", database " + rs.getString(3) + ", " + rs.getLong(4) + " s in its current state; "
                            + "if it is stuck: KILL " + id + ")";
                }
            }
        }
        return "connection id " + id;
    }
}
