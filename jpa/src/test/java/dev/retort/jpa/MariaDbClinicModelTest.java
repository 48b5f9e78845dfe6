package dev.retort.jpa;

import dev.retort.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class MariaDbClinicModelTest extends ClinicModelContract {

    @RegisterExtension
    static TestDatabase db = TestDatabase.mariadb();

    @Override
    TestDatabase db() {
        return db;
    }
}
