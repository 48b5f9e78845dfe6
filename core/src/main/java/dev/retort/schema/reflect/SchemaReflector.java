package dev.retort.schema.reflect;

import dev.retort.schema.model.Schema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;

/** Reads one schema's tables with a fixed number of catalog queries, however many tables it has. */
public interface SchemaReflector {

    /**
     * {@return the schema's tables}
     *
     * @param connection the database
     * @param schema the schema (MariaDB: database) to read, as the catalog spells it
     * @param excluded table names to leave out, compared case-insensitively (Retort's own tables)
     * @throws SQLException when the catalog cannot be read
     */
    Schema reflect(Connection connection, String schema, Set<String> excluded) throws SQLException;
}
