package dev.retort.state;

import static dev.retort.testing.ServerSql.exec;
import static dev.retort.testing.ServerSql.reset;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.Dialects;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whether the version and history tables exist, as each dialect learns it (H2 from its driver's metadata, the servers
 * from one catalog query): only the tables of those names in the configured schema count.
 */
class TableExistenceTest {

    @RegisterExtension
    static TestDatabase h2 = TestDatabase.h2();

    @RegisterExtension
    static TestDatabase pg = TestDatabase.postgres();

    @RegisterExtension
    static TestDatabase maria = TestDatabase.mariadb();

    static Stream<Named<TestDatabase>> databases() {
        return Stream.of(Named.of("h2", h2), Named.of("postgresql", pg), Named.of("mariadb", maria));
    }

    private static StateTables tables(TestDatabase db, String schema) {
        Dialect dialect = Dialects.byName(db.kind().dialect(), TableExistenceTest.class.getClassLoader());
        return new StateTables(dialect, schema, "retort_version", "retort_history");
    }

    private static StateTables.Existence existence(TestDatabase db, String schema) throws SQLException {
        try (Connection c = db.connect()) {
            return tables(db, schema).existence(c);
        }
    }

    /** A schema of its own for the test: on MariaDB a database. */
    private static String otherSchema(TestDatabase db) {
        String schema = db.kind() == TestDatabase.Kind.MARIADB ? db.name() + "_other" : "other_schema";
        exec(db, "CREATE SCHEMA " + schema);
        return schema;
    }

    @ParameterizedTest
    @MethodSource("databases")
    void neitherTableBeforeTheFirstRunThenBoth(TestDatabase db) throws SQLException {
        reset(db);
        assertThat(existence(db, null)).isEqualTo(new StateTables.Existence(false, false));
        try (Connection c = db.connect()) {
            StateTables tables = tables(db, null);
            tables.create(c, tables.existence(c));
        }
        assertThat(existence(db, null)).isEqualTo(new StateTables.Existence(true, true));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aTableWhoseNameOnlyLooksLikeOneOfThemDoesNotCount(TestDatabase db) throws SQLException {
        reset(db);
        // '_' is a wildcard in metadata patterns and LIKE: retortXversion must not pass for retort_version
        exec(db, "CREATE TABLE retortXversion (version_num VARCHAR(32))",
                "CREATE TABLE retort_history_old (id INT)");
        assertThat(existence(db, null)).isEqualTo(new StateTables.Existence(false, false));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void onlyTheConfiguredSchemaCounts(TestDatabase db) throws SQLException {
        reset(db);
        String other = otherSchema(db);
        try {
            exec(db, "CREATE TABLE " + other + ".retort_version (version_num VARCHAR(32))");
            assertThat(existence(db, null)).isEqualTo(new StateTables.Existence(false, false));
            assertThat(existence(db, other)).isEqualTo(new StateTables.Existence(true, false));
        } finally {
            exec(db, "DROP " + (db.kind() == TestDatabase.Kind.MARIADB ? "DATABASE " + other
                    : "SCHEMA " + other + " CASCADE"));
        }
    }

    @Test
    void onH2ATableCreatedWithAQuotedLowerCaseNameIsFoundAsWritten() throws SQLException {
        reset(h2);
        exec(h2, "CREATE TABLE \"retort_version\" (version_num VARCHAR(32))");
        assertThat(existence(h2, null)).isEqualTo(new StateTables.Existence(true, false));
    }
}
