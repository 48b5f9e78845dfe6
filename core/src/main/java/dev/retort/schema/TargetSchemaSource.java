package dev.retort.schema;

import dev.retort.schema.model.Schema;
import java.sql.Connection;

/** Where the schema the database should have comes from (declarative DDL today, JPA metadata later). */
public interface TargetSchemaSource {

    /** The target schema, normalized as {@code dialect} would reflect it; may use {@code connection}'s server. */
    Schema load(Connection connection, SchemaDialect dialect);
}
