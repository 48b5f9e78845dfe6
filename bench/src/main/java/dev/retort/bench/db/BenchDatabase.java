package dev.retort.bench.db;

import java.sql.SQLException;

/** A database engine the cases run on: hands out fresh, empty databases. */
public interface BenchDatabase {

    /** Short name for the table: {@code h2}, {@code postgresql}. */
    String name();

    /** Null when usable, otherwise why not (the cases on it are skipped with this note). */
    String unavailableReason();

    /** A new empty database; {@code tag} makes its name unique within the run. */
    TrialDatabase create(String tag) throws SQLException;

    /** A new empty database another JVM can open while this one holds no connection to it (the cold mode). */
    ScratchDatabase scratch(String tag) throws SQLException;

    /** Name in the table for the cold mode's rows: {@code h2 file, cold}, {@code postgresql, cold}. */
    String coldName();
}
