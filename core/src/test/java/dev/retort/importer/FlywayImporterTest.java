package dev.retort.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.script.RevisionFile;
import dev.retort.script.RevisionScript;
import dev.retort.script.SqlFlavor;
import dev.retort.script.SqlRevisionParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A generated Flyway project read as a revision chain. */
class FlywayImporterTest {

    @TempDir
    Path dir;

    private void write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void versionsBecomeAChainInFlywaysOrder() throws Exception {
        write("V1__create_users.sql", "CREATE TABLE users (id INT);\n");
        write("V1_1__add_name.sql", "ALTER TABLE users ADD COLUMN name VARCHAR(10);\n");
        write("U1_1__add_name.sql", "ALTER TABLE users DROP COLUMN name;\n");
        write("sub/V2__orders.sql", "\uFEFFCREATE TABLE orders (id INT);\n");
        write("V10__index_concurrently.sql", "CREATE INDEX CONCURRENTLY i ON orders (id);\n");
        write("V10__index_concurrently.sql.conf", "executeInTransaction=false\n");
        write("R__views.sql", "CREATE OR REPLACE VIEW v AS SELECT 1;\n");
        write("notes.sql", "-- not a migration\n");

        Conversion c = FlywayImporter.read(dir);

        assertThat(c.revisions()).extracting(RevisionFile::id).containsExactly("v1", "v1_1", "v2", "v10");
        assertThat(c.revisions()).extracting(RevisionFile::downRevisions)
                .containsExactly(List.of(), List.of("v1"), List.of("v1_1"), List.of("v2"));
        assertThat(c.revisions()).extracting(RevisionFile::message)
                .containsExactly("create users", "add name", "orders", "index concurrently");
        RevisionFile addName = c.revisions().get(1);
        assertThat(addName.downgradeSql()).isEqualTo("ALTER TABLE users DROP COLUMN name;\n");
        assertThat(c.revisions().get(0).irreversible()).isTrue();
        assertThat(c.revisions().get(2).upgradeSql()).startsWith("CREATE TABLE orders");
        assertThat(c.revisions().get(3).transactional()).isFalse();
        assertThat(c.notes()).anySatisfy(n -> assertThat(n).contains("R__views.sql", "repeatable", "retort revision -m \"views\""))
                .anySatisfy(n -> assertThat(n).contains("notes.sql", "does not follow Flyway's naming"));

        // what is written reads back as the same revisions
        SqlRevisionParser parser = new SqlRevisionParser(SqlFlavor.STANDARD, Map.of());
        RevisionScript oneWay = parser.parse("v1.sql", c.revisions().get(0).text());
        assertThat(oneWay.reversible()).isFalse();
        RevisionScript nonTx = parser.parse("v10.sql", c.revisions().get(3).text());
        assertThat(nonTx.transactional()).isFalse();
        assertThat(nonTx.downRevisions()).containsExactly("v2");
        RevisionScript undo = parser.parse("v1_1.sql", addName.text());
        assertThat(undo.reversible()).isTrue();
        assertThat(undo.message()).isEqualTo("add name");
        assertThat(addName.fileName()).isEqualTo("v1_1_add_name.sql");
    }

    @Test
    void duplicateVersionsAndEmptyDirectoriesAreErrors() throws Exception {
        assertThatThrownBy(() -> FlywayImporter.read(dir)).isInstanceOf(ImportException.class)
                .hasMessageContaining("No Flyway migrations");
        assertThatThrownBy(() -> FlywayImporter.read(dir.resolve("missing"))).isInstanceOf(ImportException.class)
                .hasMessageContaining("does not exist");
        write("V1__a.sql", "SELECT 1;");
        write("V1.0__b.sql", "SELECT 2;");
        assertThatThrownBy(() -> FlywayImporter.read(dir)).isInstanceOf(ImportException.class)
                .hasMessageContaining("version 1")
                .hasMessageContaining("V1__a.sql").hasMessageContaining("V1.0__b.sql");
    }

    @Test
    void undoWithoutAVersionIsReported() throws Exception {
        write("V1__a.sql", "SELECT 1;");
        write("U2__b.sql", "SELECT 2;");
        assertThat(FlywayImporter.read(dir).notes()).singleElement().asString()
                .contains("U2__b.sql", "version 2", "no V script");
    }

    @Test
    void versionsCompareAsNumbersPartByPart() {
        assertThat(FlywayImporter.compare("1.10", "1.9")).isPositive();
        assertThat(FlywayImporter.compare("2", "2.0")).isZero();
        assertThat(FlywayImporter.compare("1.0.1", "1.1")).isNegative();
        assertThat(FlywayImporter.revisionId("1.2.3")).isEqualTo("v1_2_3");
    }
}
