package dev.retort.reliability;

import dev.retort.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Hostile state-table names on MariaDB. */
class MariaDbHostileNamesTest extends HostileNamesContract {

    @RegisterExtension
    static TestDatabase db = TestDatabase.mariadb();

    @Override
    TestDatabase db() {
        return db;
    }
}
