package dev.retort.cli;

import dev.retort.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Autogenerate and check through the CLI on PostgreSQL. */
class PostgresAutogenerateTest extends AutogenerateWalkthrough {

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    @Override
    String url() {
        return db.url();
    }
}
