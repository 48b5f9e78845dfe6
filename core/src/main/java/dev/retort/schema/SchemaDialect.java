package dev.retort.schema;

import dev.retort.schema.model.Schema;
import dev.retort.schema.reflect.SchemaReflector;
import dev.retort.schema.render.SqlRenderer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/** What autogenerate needs from one kind of database: reflection, rendering and a scratch schema. */
public interface SchemaDialect {

    /** The {@link dev.retort.dialect.Dialect#name()} this belongs to. */
    String name();

    SchemaReflector reflector();

    SqlRenderer renderer();

    /** The schema (MariaDB: database) unqualified names resolve to on {@code connection}. */
    String currentSchema(Connection connection) throws SQLException;

    /** Creates an empty schema on the same server and makes it the default of {@code connection} until closed. */
    ScratchSchema openScratch(Connection connection) throws SQLException;

    /**
     * A cheaper scratch for target DDL that fits in it (PostgreSQL: the session's temporary schema), or empty.
     * Any failure inside it is retried in {@link #openScratch}, whose errors are the ones reported.
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
