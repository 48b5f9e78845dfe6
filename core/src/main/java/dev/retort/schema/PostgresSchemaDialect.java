package dev.retort.schema;

import dev.retort.schema.reflect.PostgresReflector;
import dev.retort.schema.reflect.SchemaReflector;
import dev.retort.schema.render.PostgresRenderer;
import dev.retort.schema.render.SqlRenderer;
import dev.retort.schema.model.CheckConstraint;
import dev.retort.schema.model.Schema;
import dev.retort.schema.model.Table;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * PostgreSQL. Every scratch lives inside a transaction that is rolled back on close, so it is gone even
 * when the process dies half-way, and {@code search_path} is only changed for that transaction.
 */
public final class PostgresSchemaDialect implements SchemaDialect {

    /** What the temporary scratch reflects when the DDL created nothing: a name no schema can have. */
    private static final String NO_TEMPORARY_SCHEMA = "pg_temp";

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
        RolledBack transaction = RolledBack.begin(connection);
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE SCHEMA " + name);
            s.execute("SET LOCAL search_path TO " + name);
        } catch (SQLException e) {
            transaction.close();
            throw e;
        }
        return transaction.scratch(() -> name);
    }

    /**
     * The session's temporary schema: unqualified {@code CREATE TABLE} lands there when {@code pg_temp} is the
     * whole search path. Temporary relations write no WAL and their files are local, which makes the target DDL
     * about twice as fast. Not offered when the session already has temporary tables (they would be reflected as
     * part of the target); DDL that cannot be temporary (a foreign key to a table of another schema) fails here and
     * is retried in a regular scratch schema.
     */
    @Override
    public Optional<ScratchSchema> openTemporaryScratch(Connection connection) throws SQLException {
        RolledBack transaction = RolledBack.begin(connection);
        try (Statement s = connection.createStatement()) {
            try (ResultSet rs = s.executeQuery(
                    "SELECT EXISTS (SELECT 1 FROM pg_class WHERE relnamespace = pg_my_temp_schema())")) {
                rs.next();
                if (rs.getBoolean(1)) {
                    transaction.close();
                    return Optional.empty();
                }
            }
            s.execute("SET LOCAL search_path TO pg_temp");
        } catch (SQLException e) {
            transaction.close();
            throw e;
        }
        return Optional.of(transaction.scratch(() -> {
            // the session's pg_temp_N exists once the DDL created something in it
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT nspname FROM pg_namespace WHERE oid = pg_my_temp_schema()")) {
                return rs.next() ? rs.getString(1) : NO_TEMPORARY_SCHEMA;
            }
        }));
    }

    /**
     * An {@code IN} list over a {@code varchar} column prints as {@code (col)::text = ANY ((ARRAY['a'::character
     * varying, ...])::text[])} and, read back, as {@code ... ANY (ARRAY[('a'::character varying)::text, ...])}: the
     * second form is stable. Re-creating every check from its printed form, one statement per table, gives the text
     * the live database will report after the revision ran.
     */
    @Override
    public Schema settle(Connection connection, String scratchSchema, Schema target) throws SQLException {
        List<String> statements = new ArrayList<>();
        for (Table table : target.tables().values()) {
            if (table.checks().isEmpty()) {
                continue;
            }
            StringBuilder b = new StringBuilder("ALTER TABLE ").append(quote(scratchSchema)).append('.')
                    .append(quote(table.name()));
            String separator = " ";
            for (CheckConstraint check : table.checks()) {
                b.append(separator).append("DROP CONSTRAINT ").append(quote(check.name())).append(", ADD CONSTRAINT ")
                        .append(quote(check.name())).append(" CHECK (").append(check.expression()).append(')');
                separator = ", ";
            }
            statements.add(b.toString());
        }
        if (statements.isEmpty()) {
            return target;
        }
        try (Statement s = connection.createStatement()) {
            for (String statement : statements) {
                s.addBatch(statement);
            }
            s.executeBatch();
        }
        return reflector().reflect(connection, scratchSchema, Set.of());
    }

    private static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** A transaction opened for a scratch and rolled back when it closes, restoring the connection's auto-commit. */
    private record RolledBack(Connection connection, boolean autoCommit) {

        static RolledBack begin(Connection connection) throws SQLException {
            RolledBack transaction = new RolledBack(connection, connection.getAutoCommit());
            connection.setAutoCommit(false);
            return transaction;
        }

        void close() throws SQLException {
            try {
                connection.rollback();
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }

        ScratchSchema scratch(SchemaName name) {
            return new ScratchSchema() {
                @Override
                public String name() throws SQLException {
                    return name.get();
                }

                @Override
                public void close() throws SQLException {
                    RolledBack.this.close();
                }
            };
        }
    }

    private interface SchemaName {
        String get() throws SQLException;
    }
}
