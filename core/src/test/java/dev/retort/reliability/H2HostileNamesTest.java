package dev.retort.reliability;

import dev.retort.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Hostile state-table names on H2, in memory. */
class H2HostileNamesTest extends HostileNamesContract {

    @RegisterExtension
    static TestDatabase db = TestDatabase.h2();

    @Override
    TestDatabase db() {
        return db;
    }
}
