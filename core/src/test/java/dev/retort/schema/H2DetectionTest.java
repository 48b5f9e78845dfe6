package dev.retort.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import dev.retort.command.AutogenerateCommand;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Alembic's detect / not-detect list on H2, plus what only H2 has. H2 stores unquoted names in upper case,
 * so descriptions are compared ignoring case. (H2 has no expression or partial indexes.)
 */
class H2DetectionTest extends DetectionContract {

    @RegisterExtension
    static TestDatabase db = TestDatabase.h2();

    @Override
    TestDatabase db() {
        return db;
    }

    @Override
    boolean foldsToUpperCase() {
        return true;
    }

    @Override
    String pagesPositive() {
        return "\"PAGES\" > 0";
    }

    @Override
    String bornAfter1000() {
        return "\"BORN\" > 1000";
    }

    @Test
    void identityColumnsAreWrittenAsIdentityAndRoundTrip() throws Exception {
        String target = BASE + "CREATE TABLE events (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, kind VARCHAR(20));";
        AutogenerateCommand.Result result = bench.migrateTo(target, "events");
        assertThat(Files.readString(result.revision().file())).contains("id BIGINT GENERATED ALWAYS AS IDENTITY NOT NULL");
        assertThat(bench.retort().check().differences()).isEmpty();
    }

    @Test
    void generatedConstraintNamesAreWrittenAsConventionalNames() throws Exception {
        String revision = assertRoundTrip(UNNAMED);
        assertThat(revision).contains("CONSTRAINT authors_name_born_key UNIQUE", "CONSTRAINT authors_born_fkey FOREIGN KEY",
                "CONSTRAINT authors_check_").doesNotContainIgnoringCase("CONSTRAINT constraint_");
    }

    @Test
    void quotedLowerCaseNamesAreKeptAsWritten() throws Exception {
        String target = BASE + "CREATE TABLE \"labels\" (\"id\" INTEGER PRIMARY KEY, NAME VARCHAR(20));";
        assertThat(checkAgainst(target)).containsExactly("add table labels");
        String revision = assertRoundTrip(target);
        assertThat(revision).contains("CREATE TABLE \"labels\"", "\"id\" INTEGER");
    }

    /** Hibernate maps {@code @Enumerated(STRING)} to H2's ENUM column type; its values are part of the type. */
    @Test
    void enumColumnsKeepTheirValuesAndAnAddedValueIsDetected() throws Exception {
        String pets = "CREATE TABLE pets (id INTEGER PRIMARY KEY, kind ENUM('CAT', 'DOG', 'it''s') NOT NULL);";
        String revision = assertRoundTrip(BASE + pets);
        assertContains(revision, "kind ENUM('CAT', 'DOG', 'it''s') NOT NULL");
        bench.migrateTo(BASE + pets, "pets");
        assertThat(checkAgainst(BASE + pets.replace("'DOG'", "'DOG', 'BIRD'"))).singleElement(STRING)
                .containsIgnoringCase("pets.kind").contains("'BIRD'");
    }

    @Override
    String uncompared() {
        return """
                CREATE ALIAS twice FOR 'java.lang.Math.abs(int)';
                CREATE DOMAIN positive AS INTEGER CHECK (VALUE > 0);
                CREATE CONSTANT answer VALUE 42;
                """;
    }

    @Override
    List<String> uncomparedNames() {
        return List.of("function TWICE", "domain POSITIVE", "constant ANSWER");
    }
}
