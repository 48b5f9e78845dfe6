package dev.retort.dialect;

import dev.retort.script.SqlFlavor;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * What Retort needs to know about one kind of database. Implementations are stateless; add one
 * through {@code META-INF/services/dev.retort.dialect.Dialect}.
 */
public interface Dialect {

    /** Short name used in configuration and messages: {@code h2}, {@code postgresql}, {@code mariadb}. */
    String name();

    /** True when this dialect handles a database reporting {@code productName} over JDBC. */
    boolean matches(String productName);

    SqlFlavor flavor();

    /** Whether DDL takes part in transactions (a failed revision leaves nothing behind). */
    boolean transactionalDdl();

    /** {@code schema.table}, or just {@code table} without a schema. */
    default String qualify(String schema, String table) {
        return schema == null || schema.isBlank() ? table : schema + "." + table;
    }

    /** Alembic's shape: one {@code VARCHAR(32)} primary-key column. */
    default String createVersionTableSql(String qualifiedTable) {
        return "CREATE TABLE " + qualifiedTable + " (version_num VARCHAR(32) NOT NULL, "
                + "CONSTRAINT " + constraintName(qualifiedTable) + "_pkc PRIMARY KEY (version_num))";
    }

    String createHistoryTableSql(String qualifiedTable);

    /**
     * A query with two parameters (schema or null, table name) returning one row per existing table
     * among those asked; used once per run instead of JDBC metadata calls.
     */
    String tableExistsSql();

    /** Takes the migration lock on its own connection, polling until {@code timeout}. */
    DatabaseLock lock(Connection connection, String lockName, Duration timeout) throws SQLException;

    /** Renders a literal string for offline SQL. */
    default String literal(String value) {
        return value == null ? "NULL" : "'" + value.replace("'", "''") + "'";
    }

    static String constraintName(String qualifiedTable) {
        int dot = qualifiedTable.lastIndexOf('.');
        return dot < 0 ? qualifiedTable : qualifiedTable.substring(dot + 1);
    }
}
