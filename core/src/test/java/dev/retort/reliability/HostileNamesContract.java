package dev.retort.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.ConfigurationException;
import dev.retort.Retort;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.Dialects;
import dev.retort.testing.ServerSql;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile names for the version and history tables and the schema, per dialect: each is quoted so that it names
 * exactly one table (nothing else runs), or refused as a configuration error before any SQL.
 */
abstract class HostileNamesContract {

    @TempDir
    static Path revisions;

    abstract TestDatabase db();

    @BeforeEach
    void setUp() throws IOException {
        ServerSql.reset(db());
        ServerSql.exec(db(), "CREATE TABLE victim (id INT)");
        Files.writeString(revisions.resolve("a1_init.sql"), """
                -- revision: a1
                -- down_revision:
                -- message: init

                -- retort:upgrade
                CREATE TABLE t1 (id INT);

                -- retort:downgrade
                DROP TABLE t1;
                """);
    }

    private Retort retort(String versionTable, String historyTable) {
        return Retort.configure().dataSource(db().dataSource()).locations("filesystem:" + revisions)
                .versionTable(versionTable).historyTable(historyTable).load();
    }

    @ParameterizedTest
    @ValueSource(strings = {"x (id INT); DROP TABLE victim; CREATE TABLE y", "Retort-Meta", "we\"ird", "we`ird",
            "it's", "user", "1st", "sp ace", "x--y", "x/*y", "Ünïcode", "a;b", "select", "$dollar", "x\\y",
            "per%cent"})
    void aHostileTableNameNamesExactlyOneTable(String name) {
        Retort retort = retort(name, name + "_h");
        retort.upgrade("head");
        retort.upgrade("head");

        Dialect dialect = dialect();
        assertThat(ServerSql.tables(db())).contains("victim", "t1");
        assertThat(ServerSql.versions(db(), dialect.quote(name))).containsExactly("a1");
        assertThat(ServerSql.count(db(), "SELECT COUNT(*) FROM " + dialect.quote(name + "_h"))).isEqualTo(1);
        assertThat(retort.current().current()).extracting(s -> s.revision()).containsExactly("a1");

        retort.downgrade("base");
        assertThat(ServerSql.versions(db(), dialect.quote(name))).isEmpty();
        assertThat(ServerSql.tables(db())).contains("victim").doesNotContain("t1");
    }

    @Test
    void aDottedTableNameIsRefusedWithTheSchemaSetting() {
        assertThatThrownBy(() -> retort("public.retort_version", "retort_history"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("cannot contain '.'")
                .hasMessageContaining("retort.schema");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\nb", "a\u0000b", "tab\there", "\u007f"})
    void controlCharactersAreRefused(String name) {
        assertThatThrownBy(() -> retort(name, "retort_history")).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("control character");
        assertThatThrownBy(() -> Retort.configure().schema(name)).isInstanceOf(ConfigurationException.class);
        assertThat(ServerSql.tables(db())).containsExactly("victim");
    }

    private Dialect dialect() {
        try (var c = db().connect()) {
            return Dialects.forProductName(c.getMetaData().getDatabaseProductName(), getClass().getClassLoader());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
