package dev.retort.tenant;

import static dev.retort.testing.ServerSql.column;
import static dev.retort.testing.ServerSql.exec;
import static dev.retort.testing.ServerSql.tables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.Retort;
import dev.retort.command.MigrationResult;
import dev.retort.testing.ServerSql;
import dev.retort.testing.TestDatabase;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Issue 13: one engine's revisions run in many tenant schemas, each with its own state tables. */
class SchemaFanOutTest {

    @RegisterExtension
    static TestDatabase h2 = TestDatabase.h2();

    @RegisterExtension
    static TestDatabase pg = TestDatabase.postgres();

    @RegisterExtension
    static TestDatabase maria = TestDatabase.mariadb();

    static Stream<Named<TestDatabase>> databases() {
        return Stream.of(Named.of("h2", h2), Named.of("postgresql", pg), Named.of("mariadb", maria));
    }

    /** Tenant names unique per class database: MariaDB schemas are databases, shared by the whole server. */
    private static String tenant(TestDatabase db, String suffix) {
        return db.name() + "_" + suffix;
    }

    private static String create(TestDatabase db, String schema) {
        exec(db, (db.kind() == TestDatabase.Kind.MARIADB ? "CREATE DATABASE " : "CREATE SCHEMA ") + schema);
        return schema;
    }

    private static Retort engine(TestDatabase db) {
        return Retort.configure().dataSource(db.dataSource()).locations("classpath:realdb/concurrent").load();
    }

    @AfterAll
    static void dropTenantDatabases() {
        ServerSql.dropTenantDatabases(maria);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void upgradesEveryMatchingSchemaInItsOwnStateTablesAndOneFailureStopsNoOther(TestDatabase db) {
        String a = create(db, tenant(db, "ta"));
        String b = create(db, tenant(db, "tb"));
        String c = create(db, tenant(db, "tc"));
        String other = create(db, tenant(db, "other"));
        exec(db, "CREATE TABLE " + b + ".t_c0000004 (id INT PRIMARY KEY)"); // revision 4 fails in b only
        SchemaFanOut fanOut = new SchemaFanOut(engine(db), 2);

        List<String> schemas = fanOut.resolve(List.of(tenant(db, "t*")));
        TenantResults<MigrationResult> results = fanOut.run(schemas, r -> r.upgrade("heads"));

        assertThat(schemas).map(String::toLowerCase).containsExactly(a, b, c);
        assertThat(results.results()).extracting(TenantResult::schema).isEqualTo(schemas);
        assertThat(results.failed()).singleElement().satisfies(f -> {
            assertThat(f.schema()).isEqualToIgnoringCase(b);
            assertThat(f.summary()).startsWith(f.schema() + ": ").contains("c0000004");
        });
        for (String ok : List.of(a, c)) {
            assertThat(column(db, "SELECT version_num FROM " + ok + ".retort_version")).containsExactly("c0000010");
            assertThat(column(db, "SELECT COUNT(*) FROM " + ok + ".applied_once")).containsExactly("10");
        }
        assertThat(column(db, "SELECT revision FROM " + b + ".applied_once")).doesNotContain("c0000004")
                .hasSizeLessThan(10); // its run stopped at the revision that failed
        assertThat(column(db, "SELECT LOWER(table_name) FROM information_schema.tables WHERE LOWER(table_schema) = '"
                + other + "'")).isEmpty();
        assertThat(tables(db)).doesNotContain("retort_version", "applied_once");
        assertThatThrownBy(results::throwIfFailed).isInstanceOf(TenantFailedException.class)
                .hasMessageContaining("1 tenant schema(s) failed")
                .satisfies(e -> assertThat(((TenantFailedException) e).schemas()).singleElement()
                        .asString().isEqualToIgnoringCase(b));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aPlainNameIsCreatedOnFirstUseAndReadCommandsRunPerSchema(TestDatabase db) {
        String fresh = tenant(db, "fresh");
        SchemaFanOut fanOut = new SchemaFanOut(engine(db), 1);

        List<String> schemas = fanOut.resolve(List.of(fresh, fresh));
        fanOut.run(schemas, r -> r.upgrade("c0000002")).throwIfFailed();
        TenantResults<List<String>> current = fanOut.run(schemas,
                r -> r.current().current().stream().map(s -> s.revision()).toList());

        assertThat(schemas).containsExactly(fresh);
        assertThat(current.results()).singleElement().extracting(TenantResult::value)
                .isEqualTo(List.of("c0000002"));
        assertThat(column(db, "SELECT version_num FROM " + fresh + ".retort_version")).containsExactly("c0000002");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aGlobNeverMatchesTheDatabasesOwnSchemas(TestDatabase db) {
        assertThat(new SchemaFanOut(engine(db), 1).resolve(List.of("*"))).map(String::toLowerCase)
                .doesNotContain("information_schema", "pg_catalog", "mysql", "performance_schema", "sys");
    }

    @org.junit.jupiter.api.Test
    void parsesACommaSeparatedListAndRefusesAParallelismBelowOne() {
        assertThat(SchemaFanOut.parse(" tenant_*, a ,,b ")).containsExactly("tenant_*", "a", "b");
        assertThatThrownBy(() -> new SchemaFanOut(engine(h2), 0)).hasMessageContaining("at least 1");
    }
}
