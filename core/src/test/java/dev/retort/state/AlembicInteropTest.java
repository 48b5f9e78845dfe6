package dev.retort.state;

import static dev.retort.testing.ServerSql.column;
import static dev.retort.testing.ServerSql.exec;
import static dev.retort.testing.ServerSql.reset;
import static dev.retort.testing.ServerSql.tables;
import static dev.retort.testing.ServerSql.versions;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.Retort;
import dev.retort.testing.ServerSql;
import dev.retort.testing.TestDatabase;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** SPEC §4: Retort reads and advances a version table that Python Alembic created, and creates one Alembic can read. */
class AlembicInteropTest {

    /** Exactly what Alembic 1.x emits for its version table (PostgreSQL and MySQL/MariaDB alike). */
    private static final String ALEMBIC_DDL = "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
            + "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))";

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
        return Retort.configure().dataSource(db.dataSource()).locations("classpath:realdb/alembic")
                .versionTable("alembic_version").load();
    }

    @ParameterizedTest
    @MethodSource("servers")
    void takesOverADatabaseThatAlembicMigrated(TestDatabase db) {
        // the state Alembic leaves after 'alembic upgrade 3adcc9a56557' with the same revisions
        exec(db, ALEMBIC_DDL, "CREATE TABLE users (id INT PRIMARY KEY, email VARCHAR(255) NOT NULL, name VARCHAR(100))",
                "INSERT INTO alembic_version (version_num) VALUES ('3adcc9a56557')");
        Retort retort = retort(db);

        assertThat(retort.current().current()).extracting(s -> s.revision()).containsExactly("3adcc9a56557");
        assertThat(retort.upgrade("heads").steps()).extracting(s -> s.revision()).containsExactly("55af2cb1c267");
        assertThat(versions(db, "alembic_version")).containsExactly("55af2cb1c267");
        assertThat(tables(db)).containsExactly("alembic_version", "orders", "retort_history", "users");

        retort.downgrade("1975ea83b712");
        assertThat(versions(db, "alembic_version")).containsExactly("1975ea83b712");
        retort.downgrade("base");
        assertThat(versions(db, "alembic_version")).isEmpty();
        assertThat(tables(db)).containsExactly("alembic_version", "retort_history");
    }

    @ParameterizedTest
    @MethodSource("servers")
    void createsTheVersionTableAsAlembicDoes(TestDatabase db) {
        retort(db).upgrade("1975ea83b712");

        String here = db.kind() == TestDatabase.Kind.POSTGRES ? "current_schema()" : "DATABASE()";
        assertThat(column(db, "SELECT CONCAT(column_name, ' ', character_maximum_length, ' ', is_nullable) FROM "
                + "information_schema.columns WHERE table_schema = " + here + " AND table_name = 'alembic_version'"))
                .containsExactly("version_num 32 NO");
        // PostgreSQL keeps Alembic's constraint name; MariaDB calls every primary key PRIMARY
        String constraint = db.kind() == TestDatabase.Kind.POSTGRES ? "alembic_version_pkc" : "PRIMARY";
        assertThat(column(db, "SELECT constraint_name FROM information_schema.table_constraints WHERE table_schema = "
                + here + " AND table_name = 'alembic_version' AND constraint_type = 'PRIMARY KEY'"))
                .containsExactly(constraint);
        // what Alembic's own 'alembic current' runs
        assertThat(column(db, "SELECT alembic_version.version_num FROM alembic_version"))
                .isEqualTo(List.of("1975ea83b712"));
    }
}
