package dev.retort.cli;

import dev.retort.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Autogenerate and check through the CLI on MariaDB. */
class MariaDbAutogenerateTest extends AutogenerateWalkthrough {

    @RegisterExtension
    static TestDatabase db = TestDatabase.mariadb();

    @Override
    String url() {
        return db.url();
    }
}
