package dev.retort.command;

import static dev.retort.testing.ServerSql.reset;
import static dev.retort.testing.ServerSql.versions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.Retort;
import dev.retort.testing.ServerSql;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** SPEC §2: editing the script of an applied revision is caught on the next run, unless checks are off. */
class ChecksumTest {

    @RegisterExtension
    static TestDatabase pg = TestDatabase.postgres();

    @RegisterExtension
    static TestDatabase maria = TestDatabase.mariadb();

    @TempDir
    Path dir;

    static Stream<Named<TestDatabase>> servers() {
        return ServerSql.both(pg, maria);
    }

    @BeforeEach
    void clean() {
        reset(pg);
        reset(maria);
    }

    private Path write(String file, String revision, String down, String upgrade) throws IOException {
        return Files.writeString(dir.resolve(file), "-- revision: " + revision + "\n-- down_revision: " + down
                + "\n-- message: " + file + "\n\n-- retort:upgrade\n" + upgrade + "\n\n-- retort:downgrade\nSELECT 1;\n");
    }

    private Retort retort(TestDatabase db, boolean validate) {
        return Retort.configure().dataSource(db.dataSource()).locations("filesystem:" + dir)
                .validateChecksums(validate).load();
    }

    @ParameterizedTest
    @MethodSource("servers")
    void anEditedAppliedScriptIsRefusedNamingTheFileAndBothChecksums(TestDatabase db) throws IOException {
        Path first = write("k1_items.sql", "kkkk0001", "", "CREATE TABLE items (id INT PRIMARY KEY);");
        Retort before = retort(db, true);
        before.upgrade("heads");
        String recorded = before.graph().node("kkkk0001").script().checksum();

        write("k1_items.sql", "kkkk0001", "", "CREATE TABLE items (id INT PRIMARY KEY, name VARCHAR(10));");
        write("k2_more.sql", "kkkk0002", "kkkk0001", "CREATE TABLE more_items (id INT PRIMARY KEY);");
        Retort after = retort(db, true);
        String edited = after.graph().node("kkkk0001").script().checksum();

        assertThat(edited).isNotEqualTo(recorded);
        assertThatThrownBy(() -> after.upgrade("heads"))
                .isInstanceOf(ChecksumMismatchException.class)
                .hasMessageContaining("revision kkkk0001 (filesystem:" + first + ") changed after it was applied")
                .hasMessageContaining("recorded checksum " + recorded)
                .hasMessageContaining("script checksum " + edited)
                .hasMessageContaining("retort.validate-checksums=false");
        assertThat(versions(db, "retort_version")).containsExactly("kkkk0001");

        assertThat(retort(db, false).upgrade("heads").steps()).extracting(s -> s.revision())
                .containsExactly("kkkk0002");
        assertThat(versions(db, "retort_version")).containsExactly("kkkk0002");
    }

    @ParameterizedTest
    @MethodSource("servers")
    void aRestartWithNothingPendingStillRefusesAnEditedScript(TestDatabase db) throws IOException {
        write("k1_items.sql", "kkkk0001", "", "CREATE TABLE items (id INT PRIMARY KEY);");
        retort(db, true).upgrade("heads");
        write("k1_items.sql", "kkkk0001", "", "CREATE TABLE items (id BIGINT PRIMARY KEY);");

        // nothing is pending, so the lock-free fast path answers first: it must not report "nothing to do"
        assertThatThrownBy(() -> retort(db, true).upgrade("heads"))
                .isInstanceOf(ChecksumMismatchException.class)
                .hasMessageContaining("revision kkkk0001");
        assertThat(retort(db, false).upgrade("heads").steps()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("servers")
    void changedLineEndingsAreNotAnEdit(TestDatabase db) throws IOException {
        Path file = write("k1_items.sql", "kkkk0001", "", "CREATE TABLE items (id INT PRIMARY KEY);");
        retort(db, true).upgrade("heads");

        Files.writeString(file, Files.readString(file).replace("\n", "\r\n"));
        write("k2_more.sql", "kkkk0002", "kkkk0001", "CREATE TABLE more_items (id INT PRIMARY KEY);");
        assertThat(retort(db, true).upgrade("heads").steps()).hasSize(1);
    }
}
