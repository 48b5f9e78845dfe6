package dev.retort.dialect;

import dev.retort.script.SqlFlavor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;

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

    @Override
    public String createHistoryTableSql(String t) {
        return "CREATE TABLE " + t + " ("
                + "id BIGINT AUTO_INCREMENT PRIMARY KEY, "
                + "revision VARCHAR(32) NOT NULL, operation VARCHAR(16) NOT NULL, "
                + "from_revisions VARCHAR(1024), to_revisions VARCHAR(1024), message VARCHAR(1024), "
                + "checksum VARCHAR(80), success BOOLEAN, failed_statement INT, error TEXT, "
                + "started_at DATETIME(3) NOT NULL, duration_ms BIGINT, installed_by VARCHAR(255), "
                + "retort_version VARCHAR(32))";
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

    @Override
    public DatabaseLock lock(Connection connection, String lockName, Duration timeout) throws SQLException {
        // GET_LOCK names are limited to 64 characters.
        String name = lockName.length() > 64 ? lockName.substring(0, 64) : lockName;
        connection.setAutoCommit(true);
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
                    return rs.next() && rs.getObject(1) != null ? "connection id " + rs.getLong(1) : null;
                }
            }
        }, lockName, timeout);
        return () -> {
            try (PreparedStatement p = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
                p.setString(1, name);
                p.execute();
            } catch (SQLException ignored) {
                // closing the connection releases GET_LOCK locks as well
            }
        };
    }
}
