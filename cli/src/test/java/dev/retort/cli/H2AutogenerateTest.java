package dev.retort.cli;

import dev.retort.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Autogenerate and check through the CLI on H2. */
class H2AutogenerateTest extends AutogenerateWalkthrough {

    @RegisterExtension
    static TestDatabase db = TestDatabase.h2();

    @Override
    String url() {
        return db.url();
    }
}
