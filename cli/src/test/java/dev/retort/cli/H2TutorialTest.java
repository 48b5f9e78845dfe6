package dev.retort.cli;

import dev.retort.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The tutorial walk-through on H2. */
class H2TutorialTest extends TutorialWalkthrough {

    @RegisterExtension
    static TestDatabase db = TestDatabase.h2();

    @Override
    String url() {
        return db.url();
    }

    @Override
    String typeOfVarchar() {
        return "character varying";
    }
}
