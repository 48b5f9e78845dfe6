package dev.retort.schema;

import java.sql.SQLException;

/** A throw-away schema; closing drops it and gives the connection its previous default back. */
public interface ScratchSchema extends AutoCloseable {

    /**
     * {@return the scratch schema's name as the catalog spells it; asked after the target DDL ran in it}
     *
     * @throws SQLException when the database cannot say
     */
    String name() throws SQLException;

    @Override
    void close() throws SQLException;
}
