package dev.retort.schema;

import dev.retort.schema.model.Schema;
import java.sql.Connection;

/**
 * Where the schema the database should have comes from: declarative DDL files ({@link DdlTargetSchemaSource}) or
 * JPA entities ({@code dev.retort.jpa.JpaTargetSchemaSource} in {@code retort-jpa}).
 */
public interface TargetSchemaSource {

    /**
     * {@return the target schema, normalized as {@code dialect} would reflect it; may use {@code connection}'s server}
     *
     * @param connection the database being compared
     * @param dialect the database's schema dialect
     */
    Schema load(Connection connection, SchemaDialect dialect);
}
