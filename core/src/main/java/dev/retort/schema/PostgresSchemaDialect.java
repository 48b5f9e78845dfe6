package dev.retort.schema;

import dev.retort.schema.reflect.PostgresReflector;
import dev.retort.schema.reflect.SchemaReflector;
import dev.retort.schema.render.PostgresRenderer;
import dev.retort.schema.render.SqlRenderer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * PostgreSQL. The scratch schema lives inside a transaction that is rolled back on close, so it is
 * dropped even when the process dies half-way, and {@code search_path} is only changed for that transaction.
 */
public final class PostgresSchemaDialect implements SchemaDialect {

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public SchemaReflector reflector() {
        return new PostgresReflector();
    }

    @Override
    public SqlRenderer renderer() {
        return new PostgresRenderer();
    }

    @Override
    public String currentSchema(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT current_schema()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Override
    public ScratchSchema openScratch(Connection connection) throws SQLException {
        String name = ScratchNames.next();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE SCHEMA " + name);
            s.execute("SET LOCAL search_path TO " + name);
        } catch (SQLException e) {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
            throw e;
        }
        return new ScratchSchema() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void close() throws SQLException {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        };
    }
}
