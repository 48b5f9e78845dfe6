package dev.retort.jpa;

import dev.retort.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresClinicModelTest extends ClinicModelContract {

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    @Override
    TestDatabase db() {
        return db;
    }
}
