package dev.retort.bench.db;

import java.sql.SQLException;

/**
 * A fresh, empty database for trials run in other processes (the cold mode): only its URL, nothing held open,
 * so an embedded database's file is free for the child JVM. Closing drops it.
 */
public record ScratchDatabase(String url, TrialDatabase.Dropper dropper) implements AutoCloseable {

    @Override
    public void close() throws SQLException {
        dropper.drop();
    }
}
