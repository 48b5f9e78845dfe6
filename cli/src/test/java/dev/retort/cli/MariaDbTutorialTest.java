package dev.retort.cli;

import dev.retort.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The tutorial walk-through on MariaDB. */
class MariaDbTutorialTest extends TutorialWalkthrough {

    @RegisterExtension
    static TestDatabase db = TestDatabase.mariadb();

    @Override
    String url() {
        return db.url();
    }
}
