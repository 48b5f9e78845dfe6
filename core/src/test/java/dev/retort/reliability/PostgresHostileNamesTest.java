package dev.retort.reliability;

import dev.retort.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Hostile state-table names on PostgreSQL. */
class PostgresHostileNamesTest extends HostileNamesContract {

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    @Override
    TestDatabase db() {
        return db;
    }
}
