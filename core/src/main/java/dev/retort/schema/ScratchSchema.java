package dev.retort.schema;

import java.sql.SQLException;

/** A throw-away schema; closing drops it and gives the connection its previous default back. */
public interface ScratchSchema extends AutoCloseable {

    /** The scratch schema's name as the catalog spells it. */
    String name();

    @Override
    void close() throws SQLException;
}
