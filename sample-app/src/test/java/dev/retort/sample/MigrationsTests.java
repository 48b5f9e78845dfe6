package dev.retort.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.Retort;
import dev.retort.test.MigrationSteps;
import dev.retort.test.RetortMigrationTests;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The sample's revisions checked by the test kit (single head, upgrade, stairway, downgrade leaves no trace,
 * the schema at head against db/schema.sql), and one data migration checked step by step.
 */
@SpringBootTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:sample-migrations;DB_CLOSE_DELAY=-1")
class MigrationsTests implements RetortMigrationTests {

    @Autowired
    Retort retort;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void notesWrittenBeforeTheArchivedFlagExistedAreNotArchived() {
        try (MigrationSteps steps = RetortMigrationTests.steps(retort)) {
            steps.upgradeBefore("8c4d1e6f2b03");
            jdbc.update("INSERT INTO notes (id, title, created_at) VALUES ('n1', 'older note', CURRENT_TIMESTAMP)");

            steps.upgrade("8c4d1e6f2b03");   // upgradeOne() would be ambiguous: 3f1a9c2b7d01 is a branch point
            assertThat(steps.current()).containsExactly("8c4d1e6f2b03");
            assertThat(jdbc.queryForList("SELECT archived FROM notes WHERE id = 'n1'", Boolean.class))
                    .containsExactly(false);

            steps.downgradeOne();
            assertThat(jdbc.queryForList("SELECT title FROM notes WHERE id = 'n1'", String.class))
                    .containsExactly("older note");
        }
        assertThat(retort.current().atHeads()).isTrue();
        assertThat(jdbc.queryForList("SELECT id FROM notes ORDER BY id", String.class))
                .isEqualTo(List.of("00000000-0000-0000-0000-000000000001", "n1"));
    }
}
