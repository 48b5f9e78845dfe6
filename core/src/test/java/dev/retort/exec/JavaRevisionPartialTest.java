package dev.retort.exec;

import static dev.retort.testing.ServerSql.column;
import static dev.retort.testing.ServerSql.reset;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.JavaRevision;
import dev.retort.Retort;
import dev.retort.Revision;
import dev.retort.RevisionContext;
import dev.retort.state.StateException;
import dev.retort.testing.TestDatabase;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A Java revision that fails after some of its statements ran, where DDL cannot be rolled back, is recorded as
 * partial like an SQL revision: the next run refuses instead of running it again.
 */
class JavaRevisionPartialTest {

    @RegisterExtension
    static TestDatabase h2 = TestDatabase.h2();

    @RegisterExtension
    static TestDatabase maria = TestDatabase.mariadb();

    static Stream<Named<TestDatabase>> databases() {
        return Stream.of(Named.of("h2", h2), Named.of("mariadb", maria));
    }

    @Revision(id = "ja000001", message = "two tables, then a failure")
    public static class FailsAfterTwo implements JavaRevision {
        @Override
        public void upgrade(RevisionContext ctx) throws Exception {
            ctx.execute("CREATE TABLE ja_one (id INT PRIMARY KEY)");
            try (PreparedStatement p = ctx.connection().prepareStatement("CREATE TABLE ja_two (id INT PRIMARY KEY)")) {
                p.execute();
            }
            ctx.execute("INSERT INTO ja_missing (id) VALUES (1)");
        }
    }

    @Revision(id = "ja000001", message = "fails first")
    public static class FailsFirst implements JavaRevision {
        @Override
        public void upgrade(RevisionContext ctx) throws Exception {
            ctx.execute("INSERT INTO ja_missing (id) VALUES (1)");
        }
    }

    private static Retort retort(TestDatabase db, JavaRevision revision) {
        return Retort.configure().dataSource(db.dataSource()).javaRevisions(List.of(revision)).load();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aJavaRevisionFailingAfterItsFirstStatementsIsPartial(TestDatabase db) {
        reset(db);
        MigrationFailedException e = catchThrowableOfType(MigrationFailedException.class,
                () -> retort(db, new FailsAfterTwo()).upgrade("heads"));

        assertThat(e.partial()).isTrue();
        assertThat(e.statementIndex()).isEqualTo(3);
        assertThat(e.getMessage()).contains("failed at statement 3").contains("Statements 1 to 2");
        assertThat(column(db, "SELECT failed_statement FROM retort_history")).containsExactly("3");
        assertThatThrownBy(() -> retort(db, new FailsAfterTwo()).upgrade("heads"))
                .isInstanceOf(StateException.class).hasMessageContaining("at statement 3");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aJavaRevisionFailingAtItsFirstStatementAppliedNothing(TestDatabase db) {
        reset(db);
        MigrationFailedException e = catchThrowableOfType(MigrationFailedException.class,
                () -> retort(db, new FailsFirst()).upgrade("heads"));

        assertThat(e.partial()).isFalse();
        assertThat(e.statementIndex()).isEqualTo(1);
        assertThat(e.getMessage()).contains("Nothing of revision ja000001 was applied");
    }
}
