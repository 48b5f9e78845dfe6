package dev.retort.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.schema.model.Schema;
import dev.retort.schema.reflect.PostgresReflector;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where PostgreSQL builds the target: the session's temporary schema when the DDL fits there, a regular
 * scratch schema otherwise; either way the caller's connection is left as it was.
 */
class PostgresScratchTest {

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    @TempDir
    Path dir;

    private Schema load(Connection c, String ddl) throws Exception {
        Path file = Files.createTempFile(dir, "schema", ".sql");
        Files.writeString(file, ddl);
        return new DdlTargetSchemaSource(List.of("filesystem:" + file), getClass().getClassLoader())
                .load(c, new PostgresSchemaDialect());
    }

    @Test
    void theTargetIsBuiltInTheTemporarySchemaAndLeavesNothingBehind() throws Exception {
        try (Connection c = db.connect()) {
            Schema target = load(c, "CREATE TABLE a (id SERIAL PRIMARY KEY);\n"
                    + "CREATE TABLE b (id INTEGER PRIMARY KEY, a_id INTEGER REFERENCES a (id));\n"
                    + "CREATE INDEX ix_b_a ON b (a_id);");
            assertThat(target.tables().keySet()).containsExactlyInAnyOrder("a", "b");
            assertThat(target.table("a").columns().get(0).defaultValue()).isEqualTo("nextval('a_id_seq'::regclass)");
            assertThat(target.table("b").foreignKeys().get(0).referencedSchema()).isNull();
            assertThat(c.getAutoCommit()).isTrue();
            assertThat(count(c, "SELECT count(*) FROM pg_class WHERE relnamespace = pg_my_temp_schema()")).isZero();
            assertThat(count(c, "SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'retort_scratch_%'")).isZero();
        }
    }

    @Test
    void temporaryTablesTheSessionAlreadyHasAreNeitherPartOfTheTargetNorTouched() throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TEMPORARY TABLE session_scratch (x INTEGER)");
            s.execute("INSERT INTO session_scratch VALUES (1)");
            Schema target = load(c, "CREATE TABLE a (id INTEGER PRIMARY KEY);");
            assertThat(target.tables().keySet()).containsExactly("a");
            assertThat(count(c, "SELECT count(*) FROM session_scratch")).isEqualTo(1);
        }
    }

    @Test
    void aTargetThatCannotBeTemporaryIsBuiltInARegularScratchSchema() throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS lookup");
            s.execute("CREATE TABLE IF NOT EXISTS lookup.countries (id INTEGER PRIMARY KEY)");
            // a temporary table cannot reference a permanent one, so this only works in a regular schema
            Schema target = load(c, "CREATE TABLE cities (id INTEGER PRIMARY KEY, "
                    + "country_id INTEGER REFERENCES lookup.countries (id));");
            assertThat(target.table("cities").foreignKeys().get(0).referencedName()).isEqualTo("lookup.countries");
            assertThat(c.getAutoCommit()).isTrue();
            assertThat(count(c, "SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'retort_scratch_%'")).isZero();
        }
    }

    @Test
    void aStatementThatFailsEverywhereIsReportedWithItsFileAndLine() throws Exception {
        try (Connection c = db.connect()) {
            assertThatThrownBy(() -> load(c, "CREATE TABLE a (id INTEGER PRIMARY KEY);\n\nCREATE TABLE b (id NOPE);"))
                    .isInstanceOf(SchemaException.class)
                    .hasMessageContaining("Statement 2 of filesystem:")
                    .hasMessageContaining("(line 3)")
                    .hasMessageContaining("type \"nope\" does not exist");
            assertThat(c.getAutoCommit()).isTrue();
            assertThat(count(c, "SELECT count(*) FROM pg_class WHERE relnamespace = pg_my_temp_schema()")).isZero();
        }
    }

    @Test
    void aUserWhoMayOnlyCreateTemporaryTablesGetsTheTargetAndHearsAboutAFailingStatement() throws Exception {
        String role = "retort_temp_only_" + ProcessHandle.current().pid();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + role); // PUBLIC's TEMPORARY right on the database, no CREATE
            try {
                s.execute("SET ROLE " + role);
                assertThat(load(c, "CREATE TABLE a (id INTEGER PRIMARY KEY);").tables()).containsKey("a");
                assertThatThrownBy(() -> load(c, "CREATE TABLE a (id INTEGER PRIMARY KEY);\nCREATE TABLE b (id NOPE);"))
                        .isInstanceOf(SchemaException.class)
                        .hasMessageContaining("Cannot create a scratch schema")
                        .hasMessageContaining("CREATE TABLE b (id NOPE)")
                        .hasMessageContaining("type \"nope\" does not exist")
                        .hasMessageContaining("fix the schema file");
            } finally {
                s.execute("RESET ROLE");
                s.execute("DROP ROLE " + role);
            }
        }
    }

    @Test
    void reflectionLeavesTheCallersConnectionAndTransactionAsTheyWere() throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS reflected (id INTEGER PRIMARY KEY)");
            String before = setting(c);
            new PostgresReflector().reflect(c, "public", java.util.Set.of());
            assertThat(c.getAutoCommit()).isTrue();
            assertThat(setting(c)).isEqualTo(before);

            c.setAutoCommit(false);
            s.execute("INSERT INTO reflected VALUES (1)");
            Schema inTransaction = new PostgresReflector().reflect(c, "public", java.util.Set.of());
            assertThat(inTransaction.tables()).containsKey("reflected");
            assertThat(setting(c)).isEqualTo(before);
            c.commit();
            c.setAutoCommit(true);
            assertThat(count(c, "SELECT count(*) FROM reflected")).isEqualTo(1);
        }
    }

    private static String setting(Connection c) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW max_parallel_workers_per_gather")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static long count(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
