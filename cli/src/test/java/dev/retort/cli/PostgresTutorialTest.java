package dev.retort.cli;

import dev.retort.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The tutorial walk-through on PostgreSQL. */
class PostgresTutorialTest extends TutorialWalkthrough {

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    @Override
    String url() {
        return db.url();
    }
}
