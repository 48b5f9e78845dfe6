package dev.retort.cli;

import dev.retort.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The edit loop on PostgreSQL. */
class PostgresEditLoopTest extends EditLoopWalkthrough {

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    @Override
    String url() {
        return db.url();
    }
}
