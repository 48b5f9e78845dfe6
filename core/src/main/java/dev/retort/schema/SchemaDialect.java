package dev.retort.schema;

import dev.retort.schema.model.Schema;
import dev.retort.schema.reflect.SchemaReflector;
import dev.retort.schema.render.SqlRenderer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/** What autogenerate needs from one kind of database: reflection, rendering and a scratch schema. */
public interface SchemaDialect {

    /** {@return the {@link dev.retort.dialect.Dialect#name()} this belongs to} */
    String name();

    /** {@return the reader of the live schema} */
    SchemaReflector reflector();

    /** {@return the writer of DDL for schema changes} */
    SqlRenderer renderer();

    /**
     * {@return the schema (MariaDB: database) unqualified names resolve to on {@code connection}}
     *
     * @param connection the database
     * @throws SQLException when the database cannot say
     */
    String currentSchema(Connection connection) throws SQLException;

    /**
     * Creates an empty schema on the same server and makes it the default of {@code connection} until closed.
     *
     * @param connection the database
     * @return the scratch schema; closing it drops it
     * @throws SQLException when the schema cannot be created
     */
    ScratchSchema openScratch(Connection connection) throws SQLException;

    /**
     * {@return a cheaper scratch for target DDL that fits in it (PostgreSQL: the session's temporary schema), or empty}
     * Any failure inside it is retried in {@link #openScratch}, whose errors are the ones reported.
     *
     * @param connection the database
     * @throws SQLException when the scratch cannot be prepared
     */
    default Optional<ScratchSchema> openTemporaryScratch(Connection connection) throws SQLException {
        return Optional.empty();
    }

    /**
     * The target reflected from {@code scratchSchema} as the database will report it after a revision re-creates it
     * from the reflected text. Default: {@code target} itself; PostgreSQL prints some check expressions differently
     * once it reads its own printed form back, so there the checks are re-created in the scratch and read again.
     */
    default Schema settle(Connection connection, String scratchSchema, Schema target) throws SQLException {
        return target;
    }
}
