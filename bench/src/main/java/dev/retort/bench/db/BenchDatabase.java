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
}
