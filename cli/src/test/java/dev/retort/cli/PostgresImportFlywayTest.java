package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.ServerSql;
import dev.retort.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Importing a Flyway project whose database Flyway migrated on PostgreSQL. */
class PostgresImportFlywayTest extends ImportFlywayWalkthrough {

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    @Override
    String url() {
        return db.url();
    }

    @Override
    void reset() {
        ServerSql.reset(db);
    }

    @Override
    void failedVersionIsReported(String importLog) {
        assertThat(importLog).doesNotContain("failed");
    }
}
