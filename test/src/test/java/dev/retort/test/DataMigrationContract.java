package dev.retort.test;

import static dev.retort.testing.ServerSql.column;
import static dev.retort.testing.ServerSql.exec;
import static dev.retort.testing.ServerSql.reset;
import static dev.retort.testing.ServerSql.tables;
import static dev.retort.testing.ServerSql.versions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.Retort;
import dev.retort.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A data migration checked the way {@link MigrationSteps} is meant for: the database starts at head, as in a
 * Spring test; go to the revision before the migration, seed rows, step over it, assert, step back, assert.
 */
abstract class DataMigrationContract {

    abstract TestDatabase db();

    Retort retort;

    @BeforeEach
    void atHead() {
        reset(db());
        retort = Retort.configure().dataSource(db().dataSource()).locations("classpath:kit/data-migration").load();
        retort.upgrade("heads");
    }

    @Test
    void movingEmailsToTheContactTableKeepsThemBothWays() {
        try (MigrationSteps steps = RetortMigrationTests.steps(retort)) {
            assertThat(steps.upgradeBefore("f2f2")).containsExactly("f1f1f1f1f101");
            exec(db(), "INSERT INTO person (id, name, email) VALUES (1, 'Ada', 'Ada@Example.org')",
                    "INSERT INTO person (id, name, email) VALUES (2, 'Grace', NULL)");

            steps.upgradeOne();
            assertThat(steps.current()).containsExactly("f2f2f2f2f202");
            assertThat(column(db(), "SELECT CONCAT(person_id, ':', kind, ':', address) FROM contact ORDER BY person_id"))
                    .containsExactly("1:email:ada@example.org");

            steps.downgradeOne();
            assertThat(column(db(), "SELECT COALESCE(email, '-') FROM person ORDER BY id"))
                    .containsExactly("ada@example.org", "-");
            assertThat(tables(db())).doesNotContain("contact");
        }
        assertThat(versions(db(), "retort_version")).containsExactly("f3f3f3f3f303");
    }

    @Test
    void upgradeToLeavesExactlyTheRevisionAndItsAncestors() {
        MigrationSteps steps = RetortMigrationTests.steps(retort);

        assertThat(steps.upgradeTo("f1f1f1f1f101")).containsExactly("f1f1f1f1f101");
        assertThat(tables(db())).contains("person").doesNotContain("contact", "tag");
        assertThat(steps.upgradeTo("f2f2f2f2f202")).containsExactly("f2f2f2f2f202");
        assertThat(steps.upgradeTo("base")).isEmpty();
        assertThat(tables(db())).doesNotContain("person");
        steps.close();
        assertThat(steps.current()).containsExactly("f3f3f3f3f303");
    }

    @Test
    void anUnknownRevisionIsRetortsOwnError() {
        MigrationSteps steps = RetortMigrationTests.steps(retort);

        assertThatThrownBy(() -> steps.upgradeTo("0bad")).hasMessageContaining("No such revision or branch '0bad'");
        assertThatThrownBy(() -> steps.upgradeBefore("base")).hasMessageContaining("nothing before it");
    }
}
