package dev.retort.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.command.AutogenerateCommand;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Alembic's detect / not-detect list on MariaDB, plus what only MariaDB has. (MariaDB has no expression or
 * partial indexes, so those PostgreSQL cases have no counterpart here.)
 */
class MariaDbDetectionTest extends DetectionContract {

    @RegisterExtension
    static TestDatabase db = TestDatabase.mariadb();

    @Override
    TestDatabase db() {
        return db;
    }

    @Override
    String varchar(int length) {
        return "varchar(" + length + ")";
    }

    @Override
    String pagesPositive() {
        return "`pages` > 0";
    }

    @Override
    String bornAfter1000() {
        return "`born` > 1000";
    }

    /** Comments are part of the definitions: {@code COMMENT '...'} on a column, {@code COMMENT = '...'} on a table. */
    @Override
    String commented(String ddl, String tableComment, String columnComment) {
        String out = ddl.replace("pages INTEGER,", "pages INTEGER COMMENT " + literal(columnComment) + ",")
                .replace("\n);\nCREATE INDEX ix_books_pages", "\n) COMMENT = " + literal(tableComment)
                        + ";\nCREATE INDEX ix_books_pages");
        assertThat(out).contains("COMMENT '", "COMMENT = '");
        return out;
    }

    @Override
    String generatedInteger() {
        return "INTEGER AUTO_INCREMENT";
    }

    /**
     * MariaDB makes an index for a foreign key that no index serves, named after the key (after the column when the
     * key is unnamed). It stays when the key goes, and goes when a new index serves the key: in the target, not
     * in the live database, where the revision that created the key wrote it as an index of its own.
     */
    @Override
    String indexMadeFor(String key, String table, String column) {
        return "index " + (key == null ? column : key) + " " + table + "[" + column + "]";
    }

    @Test
    void autoIncrementColumnsAreWrittenAsAutoIncrementAndRoundTrip() throws Exception {
        String target = BASE + "CREATE TABLE events (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, kind TEXT);";
        assertThat(checkAgainst(target)).containsExactly("add table events");
        AutogenerateCommand.Result result = bench.migrateTo(target, "events");
        assertThat(Files.readString(result.revision().file())).contains("id bigint(20) NOT NULL AUTO_INCREMENT");
        assertThat(bench.retort().check().differences()).isEmpty();
    }

    @Test
    void tableCommentOptionWithQuotesAndBackslashesRoundTrips() throws Exception {
        String target = BASE + "CREATE TABLE tags (id INTEGER PRIMARY KEY COMMENT 'it''s a \\\\ key') "
                + "COMMENT = 'labels: \\'a\\' \\\\ b';";
        assertThat(checkAgainst(target)).containsExactly("add table tags");
        assertRoundTrip(target);
        bench.migrateTo(target, "tags");
        assertThat(bench.live().table("tags").comment()).isEqualTo("labels: 'a' \\ b");
        assertThat(bench.live().table("tags").column("id").comment()).isEqualTo("it's a \\ key");
    }

    @Override
    String uncompared() {
        return """
                CREATE FUNCTION twice(x INT) RETURNS INT DETERMINISTIC RETURN x * 2;
                CREATE PROCEDURE nothing() SELECT 1;
                CREATE TRIGGER books_pages BEFORE INSERT ON books FOR EACH ROW SET NEW.pages = COALESCE(NEW.pages, 0);
                """;
    }

    @Override
    List<String> uncomparedNames() {
        return List.of("function twice", "procedure nothing", "trigger books_pages on books");
    }

    @Test
    void doesNotDetectOnUpdateCurrentTimestamp() throws Exception {
        String stamped = BASE + "CREATE TABLE edits (id INTEGER PRIMARY KEY, at TIMESTAMP NOT NULL "
                + "DEFAULT CURRENT_TIMESTAMP%s);";
        bench.migrateTo(stamped.formatted(""), "edits");
        assertThat(checkAgainst(stamped.formatted(" ON UPDATE CURRENT_TIMESTAMP"))).isEmpty();
    }
}
