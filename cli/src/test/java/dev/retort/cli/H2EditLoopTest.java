package dev.retort.cli;

import dev.retort.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The edit loop on H2. */
class H2EditLoopTest extends EditLoopWalkthrough {

    @RegisterExtension
    static TestDatabase db = TestDatabase.h2();

    @Override
    String url() {
        return db.url();
    }
}
