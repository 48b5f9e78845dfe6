package dev.retort.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.ConfigurationException;
import dev.retort.command.AutogenerateCommand;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Alembic's documented list of what autogenerate detects and what it does not, one case each, on
 * PostgreSQL: the database is migrated to {@link #BASE}, the target file is edited, and {@code check}
 * (or the written revision) is inspected.
 */
class PostgresDetectionTest {

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    static final String BASE = """
            CREATE TABLE authors (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL, born INTEGER);
            CREATE TABLE books (
                id INTEGER PRIMARY KEY,
                author_id INTEGER REFERENCES authors (id),
                title VARCHAR(100) NOT NULL DEFAULT 'untitled',
                pages INTEGER,
                CONSTRAINT uq_books_title UNIQUE (title)
            );
            CREATE INDEX ix_books_pages ON books (pages);
            """;

    @TempDir
    Path dir;

    Workbench bench;

    @BeforeEach
    void setUp() throws Exception {
        bench = new Workbench(db, dir);
        bench.reset();
        bench.migrateTo(BASE, "base");
    }

    private List<String> checkAgainst(String target) throws Exception {
        Files.writeString(bench.schemaFile, target);
        return bench.retort().check().differences();
    }

    @Test
    void detectsAddedAndRemovedTables() throws Exception {
        assertThat(checkAgainst(BASE + "CREATE TABLE tags (id INTEGER PRIMARY KEY);")).containsExactly("add table tags");
        assertThat(checkAgainst(BASE.replace("CREATE TABLE authors", "CREATE TABLE writers")
                .replace("REFERENCES authors", "REFERENCES writers"))).contains("remove table authors", "add table writers");
    }

    @Test
    void detectsAddedAndRemovedColumns() throws Exception {
        assertThat(checkAgainst(BASE.replace("born INTEGER", "born INTEGER, died INTEGER")))
                .containsExactly("add column authors.died");
        assertThat(checkAgainst(BASE.replace(", born INTEGER", ""))).containsExactly("remove column authors.born");
    }

    @Test
    void detectsNullabilityChanges() throws Exception {
        assertThat(checkAgainst(BASE.replace("born INTEGER", "born INTEGER NOT NULL")))
                .containsExactly("modify column authors.born: not null");
    }

    @Test
    void detectsTypeChanges() throws Exception {
        assertThat(checkAgainst(BASE.replace("name VARCHAR(50)", "name VARCHAR(80)")))
                .containsExactly("modify column authors.name: type character varying(50) -> character varying(80)");
    }

    @Test
    void detectsServerDefaultChanges() throws Exception {
        assertThat(checkAgainst(BASE.replace("DEFAULT 'untitled'", "DEFAULT 'draft'"))).containsExactly(
                "modify column books.title: default 'untitled'::character varying -> 'draft'::character varying");
    }

    @Test
    void detectsIndexAndUniqueConstraintChanges() throws Exception {
        assertThat(checkAgainst(BASE.replace("CREATE INDEX ix_books_pages ON books (pages);", "")))
                .containsExactly("remove index ix_books_pages books[pages]");
        assertThat(checkAgainst(BASE.replace(",\n    CONSTRAINT uq_books_title UNIQUE (title)", "")))
                .containsExactly("remove unique constraint uq_books_title books[title]");
        assertThat(checkAgainst(BASE + "CREATE UNIQUE INDEX ix_authors_name ON authors (lower(name));"))
                .containsExactly("add index ix_authors_name authors[(lower(name::text))]");
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
    void detectsForeignKeyChanges() throws Exception {
        assertThat(checkAgainst(BASE.replace(" REFERENCES authors (id)", "")))
                .containsExactly("remove foreign key books_author_id_fkey books[author_id] -> authors[id]");
        assertThat(checkAgainst(BASE.replace("REFERENCES authors (id)", "REFERENCES authors (id) ON DELETE CASCADE")))
                .containsExactly("remove foreign key books_author_id_fkey books[author_id] -> authors[id]",
                        "add foreign key books[author_id] -> authors[id]");
    }

    @Test
    void detectsCheckConstraintChanges() throws Exception {
        assertThat(checkAgainst(BASE.replace("pages INTEGER,", "pages INTEGER CHECK (pages > 0),")))
                .containsExactly("add check constraint on books: (pages > 0)");
    }

    @Test
    void detectsTableAndColumnComments() throws Exception {
        assertThat(checkAgainst(BASE + "COMMENT ON TABLE books IS 'what we sell'; COMMENT ON COLUMN books.pages IS 'count';"))
                .containsExactly("modify column books.pages: comment", "modify comment of table books");
    }

    @Test
    void doesNotGuessAColumnRenameButFlagsIt() throws Exception {
        Files.writeString(bench.schemaFile, BASE.replace("born INTEGER", "birth_year INTEGER"));
        AutogenerateCommand.Result result = bench.retort().autogenerate("rename");
        assertThat(result.diff().descriptions()).containsExactly("remove column authors.born", "add column authors.birth_year");
        assertThat(Files.readString(result.revision().file()))
                .contains("-- possible rename: column authors.born -> authors.birth_year");
    }

    @Test
    void doesNotGuessATableRenameButFlagsIt() throws Exception {
        Files.writeString(bench.schemaFile, BASE + "CREATE TABLE tags (id INTEGER PRIMARY KEY);");
        bench.retort().autogenerate("tags");
        bench.retort().upgrade("heads");
        Files.writeString(bench.schemaFile, BASE + "CREATE TABLE labels (id INTEGER PRIMARY KEY);");
        AutogenerateCommand.Result result = bench.retort().autogenerate("rename");
        assertThat(result.diff().descriptions()).containsExactly("remove table tags", "add table labels");
        assertThat(result.diff().notes()).containsExactly("possible rename: table tags -> labels (written as drop + "
                + "create, which loses the rows; edit it into a rename if it is one)");
    }

    @Test
    void doesNotDetectAConstraintRenameWithTheSameDefinition() throws Exception {
        assertThat(checkAgainst(BASE.replace("uq_books_title", "books_title_unique")
                .replace("ix_books_pages", "books_pages_idx"))).isEmpty();
    }

    @Test
    void doesNotDetectViewsSequencesOrFunctions() throws Exception {
        assertThat(checkAgainst(BASE + """
                CREATE SEQUENCE book_numbers;
                CREATE VIEW long_books AS SELECT id FROM books WHERE pages > 500;
                CREATE FUNCTION twice(x INTEGER) RETURNS INTEGER AS $$ SELECT x * 2 $$ LANGUAGE sql;
                """)).isEmpty();
    }

    @Test
    void flagsTypeChangesThatMayLoseData() throws Exception {
        Files.writeString(bench.schemaFile, BASE.replace("name VARCHAR(50)", "name VARCHAR(20)"));
        String revision = Files.readString(bench.retort().autogenerate("narrow").revision().file());
        assertThat(revision).contains("-- review: changing authors.name from character varying(50) to "
                + "character varying(20) may lose data");
    }

    @Test
    void refusesToCompareADatabaseThatIsNotAtHead() throws Exception {
        bench.retort().downgrade("base");
        Files.writeString(bench.schemaFile, BASE);
        assertThatThrownBy(() -> bench.retort().check())
                .isInstanceOf(SchemaException.class).hasMessageContaining("not up to date")
                .hasMessageContaining("retort upgrade heads");
    }

    @Test
    void aMissingSchemaFileNamesTheSetting() throws Exception {
        Files.deleteIfExists(bench.schemaFile);
        assertThatThrownBy(() -> bench.retort().check())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("retort.autogenerate.schema");
    }

    @Test
    void aFailingTargetStatementNamesTheFileAndStatement() throws Exception {
        assertThatThrownBy(() -> checkAgainst(BASE + "CREATE TABLE broken (id NOPE);"))
                .isInstanceOf(SchemaException.class).hasMessageContaining("Statement 4 of filesystem:")
                .hasMessageContaining("CREATE TABLE broken");
    }
}
