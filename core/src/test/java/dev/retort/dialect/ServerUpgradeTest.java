package dev.retort.dialect;

import static dev.retort.testing.ServerSql.column;
import static dev.retort.testing.ServerSql.count;
import static dev.retort.testing.ServerSql.exec;
import static dev.retort.testing.ServerSql.reset;
import static dev.retort.testing.ServerSql.tables;
import static dev.retort.testing.ServerSql.versions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.Retort;
import dev.retort.state.StateException;
import dev.retort.testing.ServerSql;
import dev.retort.testing.TestDatabase;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A branched and merged graph, up and down, on real PostgreSQL and MariaDB; the state tables' shape and place. */
class ServerUpgradeTest {

    @RegisterExtension
    static TestDatabase pg = TestDatabase.postgres();

    @RegisterExtension
    static TestDatabase maria = TestDatabase.mariadb();

    static Stream<Named<TestDatabase>> servers() {
        return ServerSql.both(pg, maria);
    }

    @BeforeEach
    void clean() {
        reset(pg);
        reset(maria);
    }

    private static Retort retort(TestDatabase db) {
        return Retort.configure().dataSource(db.dataSource()).locations("classpath:realdb/branched").load();
    }

    @ParameterizedTest
    @MethodSource("servers")
    void upgradesBranchByBranchThroughTheMergeAndDowngradesToBase(TestDatabase db) {
        Retort retort = retort(db);

        retort.upgrade("bbbb0002");
        assertThat(versions(db, "retort_version")).containsExactly("bbbb0002");
        retort.upgrade("cccc0001");
        assertThat(versions(db, "retort_version")).containsExactly("bbbb0002", "cccc0001");
        retort.upgrade("heads");
        assertThat(versions(db, "retort_version")).containsExactly("eeee0001");
        assertThat(tables(db)).contains("accounts", "invoices", "shipments", "audit_log");
        assertThat(column(db, "SELECT note FROM audit_log")).containsExactly("semi;colon");

        retort.downgrade("-1");
        assertThat(versions(db, "retort_version")).containsExactly("dddd0001");
        retort.downgrade("bbbb0002");
        assertThat(versions(db, "retort_version")).containsExactly("bbbb0002", "cccc0001");
        retort.downgrade("bbbb0001");
        assertThat(versions(db, "retort_version")).containsExactly("bbbb0001", "cccc0001");

        retort.downgrade("base");
        assertThat(versions(db, "retort_version")).isEmpty();
        assertThat(tables(db)).containsExactly("retort_history", "retort_version");
        // each of the 6 revisions up and down once, every step recorded as a success
        assertThat(count(db, "SELECT COUNT(*) FROM retort_history WHERE success = TRUE")).isEqualTo(12);
        assertThat(count(db, "SELECT COUNT(*) FROM retort_history WHERE success IS NULL OR success = FALSE"))
                .isZero();
    }

    @ParameterizedTest
    @MethodSource("servers")
    void createsTheStateTablesOnFirstUseInAlembicsShape(TestDatabase db) {
        assertThat(tables(db)).isEmpty();
        retort(db).upgrade("aaaa0001");

        assertThat(tables(db)).containsExactly("accounts", "retort_history", "retort_version");
        String here = db.kind() == TestDatabase.Kind.POSTGRES ? "current_schema()" : "DATABASE()";
        assertThat(column(db, "SELECT CONCAT(column_name, ' ', data_type, '(', character_maximum_length, ') ', "
                + "is_nullable) FROM information_schema.columns WHERE table_schema = " + here
                + " AND table_name = 'retort_version'"))
                .singleElement().asString().matches("version_num (character varying|varchar)\\(32\\) NO");
        assertThat(column(db, "SELECT LOWER(column_name) FROM information_schema.key_column_usage WHERE "
                + "table_schema = " + here + " AND table_name = 'retort_version'")).containsExactly("version_num");
        assertThat(column(db, "SELECT LOWER(column_name) FROM information_schema.columns WHERE table_schema = "
                + here + " AND table_name = 'retort_history' ORDER BY ordinal_position")).containsExactly("id",
                "revision", "operation", "from_revisions", "to_revisions", "message", "checksum", "success",
                "failed_statement", "error", "started_at", "duration_ms", "installed_by", "retort_version");
        assertThat(column(db, "SELECT CONCAT(revision, ' ', operation, ' ', to_revisions, ' ', checksum) FROM "
                + "retort_history")).singleElement().asString().matches("aaaa0001 upgrade aaaa0001 1:[0-9a-f]{64}");
    }

    @ParameterizedTest
    @MethodSource("servers")
    void honoursTheSchemaAndQuotesNamesThatNeedIt(TestDatabase db) {
        boolean postgres = db.kind() == TestDatabase.Kind.POSTGRES;
        // on MariaDB a schema is a database, so it needs a name no other test class uses
        String schema = postgres ? "Retort-Meta" : db.name() + "-Meta";
        String create = postgres ? "CREATE SCHEMA \"" + schema + "\"" : "CREATE DATABASE `" + schema + "`";
        exec(db, create);
        try {
            Retort retort = Retort.configure().dataSource(db.dataSource()).locations("classpath:realdb/branched")
                    .schema(schema).versionTable("Version").historyTable("user").load();
            retort.upgrade("heads");
            retort.upgrade("heads");

            String q = postgres ? "\"" : "`";
            String version = q + schema + q + "." + q + "Version" + q;
            assertThat(versions(db, version)).containsExactly("eeee0001");
            assertThat(count(db, "SELECT COUNT(*) FROM " + q + schema + q + "." + q + "user" + q)).isEqualTo(6);
            assertThat(tables(db)).doesNotContain("retort_version", "retort_history", "version", "user")
                    .contains("accounts", "audit_log");
            assertThat(retort.current().current()).extracting(s -> s.revision()).containsExactly("eeee0001");
            retort.downgrade("base");
            assertThat(versions(db, version)).isEmpty();
        } finally {
            if (!postgres) {
                exec(db, "DROP DATABASE `" + schema + "`");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("servers")
    void aMissingSchemaIsReportedWithTheFix(TestDatabase db) {
        String schema = db.name() + "_missing";
        assertThatThrownBy(() -> Retort.configure().dataSource(db.dataSource()).locations("classpath:realdb/branched")
                .schema(schema).createSchemas(false).load().upgrade("heads"))
                .isInstanceOf(StateException.class)
                .hasMessageContaining("Cannot create the table " + schema + ".retort_version: ")
                .hasMessageContaining("Check that the schema " + schema + " exists (PostgreSQL: CREATE SCHEMA, "
                        + "MariaDB/MySQL: CREATE DATABASE)");
        assertThat(tables(db)).isEmpty();
    }
}
