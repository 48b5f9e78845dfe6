package dev.retort.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.command.AutogenerateCommand;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Alembic's detect / not-detect list on PostgreSQL, plus what only PostgreSQL has. */
class PostgresDetectionTest extends DetectionContract {

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    @Override
    TestDatabase db() {
        return db;
    }

    @Override
    String textDefault(String value) {
        return "'" + value + "'::character varying";
    }

    @Override
    String pagesPositive() {
        return "(pages > 0)";
    }

    @Override
    String bornAfter1000() {
        return "(born > 1000)";
    }

    @Test
    void detectsExpressionIndexes() throws Exception {
        String target = BASE + "CREATE UNIQUE INDEX ix_authors_name ON authors (lower(name));";
        assertThat(checkAgainst(target)).containsExactly("add index ix_authors_name authors[(lower(name::text))]");
        assertRoundTrip(target);
    }

    @Test
    void detectsPartialAndNonBtreeIndexes() throws Exception {
        String partial = BASE.replace("ON books (pages);", "ON books (pages) WHERE pages > 500;");
        assertThat(checkAgainst(partial)).containsExactly("remove index ix_books_pages books[pages]",
                "add index ix_books_pages books[pages]");
        String hash = BASE.replace("ON books (pages);", "ON books USING hash (pages);");
        assertThat(checkAgainst(hash)).containsExactly("remove index ix_books_pages books[pages]",
                "add index ix_books_pages books[pages]");
        assertRoundTrip(partial);
        assertThat(assertRoundTrip(hash)).contains("USING hash");
    }

    @Test
    void partialAndExpressionIndexesRoundTrip() throws Exception {
        String target = BASE + "CREATE UNIQUE INDEX ix_authors_name ON authors (lower(name));\n"
                + "CREATE INDEX ix_books_long ON books (pages DESC) WHERE pages > 500;";
        bench.migrateTo(target, "indexes");
        assertThat(bench.retort().check().differences()).isEmpty();
        bench.retort().downgrade("-1");
        assertThat(Canonical.of(bench.live())).isEqualTo(Canonical.of(bench.target(BASE)));
    }

    @Test
    void serialColumnsAreWrittenAsSerialAndRoundTrip() throws Exception {
        String target = BASE + "CREATE TABLE events (id SERIAL PRIMARY KEY, kind TEXT);";
        AutogenerateCommand.Result result = bench.migrateTo(target, "events");
        assertThat(Files.readString(result.revision().file())).contains("id serial NOT NULL");
        assertThat(bench.retort().check().differences()).isEmpty();
    }

    @Test
    void identityGeneratedAlwaysIsDetected() throws Exception {
        String target = BASE.replace("id INTEGER PRIMARY KEY,\n    author_id",
                "id INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n    author_id");
        assertThat(checkAgainst(target)).containsExactly("modify column books.id: identity NONE -> ALWAYS");
        assertRoundTrip(target);
    }

    /**
     * PostgreSQL prints {@code kind IN ('CAT', 'DOG')} on a varchar in a form that it prints differently once read back
     * (Hibernate writes such a check for every {@code @Enumerated(STRING)}): check must still be clean after the
     * revision ran.
     */
    @Test
    void inListChecksOnVarcharRoundTripWithoutAPhantomDifference() throws Exception {
        String target = BASE + "CREATE TABLE pets (id INTEGER PRIMARY KEY, kind VARCHAR(10) NOT NULL "
                + "CHECK (kind IN ('CAT', 'DOG')));";
        assertRoundTrip(target);
    }

    @Test
    void doesNotDetectFunctionsTriggersOrTypes() throws Exception {
        assertThat(checkAgainst(BASE + """
                CREATE FUNCTION twice(x INTEGER) RETURNS INTEGER AS $$ SELECT x * 2 $$ LANGUAGE sql;
                CREATE FUNCTION touch() RETURNS trigger AS $$ BEGIN RETURN NEW; END $$ LANGUAGE plpgsql;
                CREATE TRIGGER books_touch BEFORE UPDATE ON books FOR EACH ROW EXECUTE FUNCTION touch();
                CREATE TYPE mood AS ENUM ('sad', 'happy');
                """)).isEmpty();
    }
}
