package dev.retort.test;

import dev.retort.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresPlantedBugsTests extends PlantedBugsContract {

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    @Override
    TestDatabase db() {
        return db;
    }
}
