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

    /**
     * An identifier as SQL: quoted only when it needs to be (upper case, special characters, a reserved
     * word), the rule SQLAlchemy applies, so a name means the same table in Retort and in Alembic.
     */
    default String quote(String identifier) {
        return Identifiers.needsQuoting(identifier) ? '"' + identifier.replace("\"", "\"\"") + '"' : identifier;
    }

    /** {@code schema.table}, or just {@code table} without a schema, each part quoted where needed. */
    default String qualify(String schema, String table) {
        return schema == null || schema.isBlank() ? quote(table) : quote(schema) + "." + quote(table);
    }

    /** Alembic's shape: one {@code VARCHAR(32)} column, primary key {@code <table>_pkc}. */
    default String createVersionTableSql(String schema, String table) {
        return "CREATE TABLE " + qualify(schema, table) + " (version_num VARCHAR(32) NOT NULL, "
                + "CONSTRAINT " + quote(table + "_pkc") + " PRIMARY KEY (version_num))";
    }

    String createHistoryTableSql(String qualifiedTable);

    /**
     * A query with two parameters (schema or null, table name) returning one row per existing table
     * among those asked; used once per run instead of JDBC metadata calls.
     */
    String tableExistsSql();

    /**
     * Takes the migration lock on its own connection, outside any transaction, polling a try-lock until
     * {@code timeout}. {@code lockName} is {@code schema.name}, or {@code name} for the connection's
     * current schema (which the dialect resolves, so both spellings take the same lock).
     */
    DatabaseLock lock(Connection connection, String lockName, Duration timeout) throws SQLException;

    /** Renders a literal string for offline SQL. */
    default String literal(String value) {
        return value == null ? "NULL" : "'" + value.replace("'", "''") + "'";
    }
}
