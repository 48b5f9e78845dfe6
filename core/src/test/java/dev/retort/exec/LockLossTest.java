package dev.retort.exec;

import static dev.retort.testing.ServerSql.column;
import static dev.retort.testing.ServerSql.exec;
import static dev.retort.testing.ServerSql.reset;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.JavaRevision;
import dev.retort.MigrationListener;
import dev.retort.Retort;
import dev.retort.RetortException;
import dev.retort.Revision;
import dev.retort.RevisionContext;
import dev.retort.graph.PlanStep;
import dev.retort.state.StateException;
import dev.retort.testing.ServerSql;
import dev.retort.testing.TestDatabase;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 11 item 3: when the session holding the migration lock is killed, the migrating process stops with an error
 * naming the revision, and the next run applies each revision exactly once.
 */
class LockLossTest {

    @RegisterExtension
    static TestDatabase pg = TestDatabase.postgres();

    @RegisterExtension
    static TestDatabase maria = TestDatabase.mariadb();

    @RegisterExtension
    static TestDatabase h2 = TestDatabase.h2();

    static Stream<Named<TestDatabase>> servers() {
        return ServerSql.both(pg, maria);
    }

    @Revision(id = "kkkk0002", downRevision = "kkkk0001", message = "runs after the lock holder was killed")
    public static class Logs implements JavaRevision {
        @Override
        public void upgrade(RevisionContext ctx) throws Exception {
            ctx.execute("INSERT INTO k_log (revision) VALUES ('kkkk0002')");
        }
    }

    /** On H2 the revision itself ends every other session, the lock's among them, then writes its row. */
    @Revision(id = "kkkk0002", downRevision = "kkkk0001", message = "ends the lock's session")
    public static class EndsOtherSessions implements JavaRevision {
        @Override
        public void upgrade(RevisionContext ctx) throws Exception {
            List<Integer> others = new ArrayList<>();
            try (Statement s = ctx.connection().createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT SESSION_ID FROM INFORMATION_SCHEMA.SESSIONS WHERE SESSION_ID <> SESSION_ID()")) {
                while (rs.next()) {
                    others.add(rs.getInt(1));
                }
            }
            for (int id : others) {
                ctx.execute("CALL ABORT_SESSION(" + id + ")");
            }
            ctx.execute("INSERT INTO k_log (revision) VALUES ('kkkk0002')");
        }
    }

    /** Kills whichever session holds the migration lock, as an operator would with pg_terminate_backend or KILL. */
    private static MigrationListener killLockHolderBefore(TestDatabase db, String revision) {
        return new MigrationListener() {
            @Override
            public void beforeStep(PlanStep step) {
                if (step.revision().equals(revision)) {
                    String holder = db.kind() == TestDatabase.Kind.POSTGRES
                            ? "SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND granted "
                                + "AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"
                            : "SELECT IS_USED_LOCK('retort:" + db.name() + ".retort_version_lock')";
                    List<String> found = column(db, holder);
                    assertThat(found).as("the lock holder").hasSize(1).doesNotContainNull();
                    if (db.kind() == TestDatabase.Kind.MARIADB) {
                        exec(db, "KILL " + found.get(0));
                    }
                }
            }
        };
    }

    private static Retort retort(TestDatabase db, JavaRevision k2, MigrationListener listener) {
        return Retort.configure().dataSource(db.dataSource()).locations("classpath:realdb/lockloss")
                .javaRevisions(List.of(k2)).listener(listener).lock(true, Duration.ofSeconds(5)).load();
    }

    @ParameterizedTest
    @MethodSource("servers")
    void killingTheLockSessionStopsTheRunAndTheRerunAppliesEachRevisionOnce(TestDatabase db) {
        reset(db);
        assertThatThrownBy(() -> retort(db, new Logs(), killLockHolderBefore(db, "kkkk0002")).upgrade("heads"))
                .isInstanceOf(RetortException.class)
                .hasMessageContaining("kkkk0002")
                .hasMessageContaining("connection was lost")
                .hasMessageContaining("migration lock");

        assertThat(column(db, "SELECT revision FROM k_log ORDER BY revision")).containsExactly("kkkk0001");
        retort(db, new Logs(), new MigrationListener() { }).upgrade("heads");
        assertThat(column(db, "SELECT revision FROM k_log ORDER BY revision"))
                .containsExactly("kkkk0001", "kkkk0002", "kkkk0003");
        assertThat(column(db, "SELECT version_num FROM retort_version")).containsExactly("kkkk0003");
    }

    @Test
    void onH2ALostLockStopsTheRevisionBeforeItIsRecordedAndTheRerunRefusesToRepeatIt() {
        reset(h2);
        assertThatThrownBy(() -> retort(h2, new EndsOtherSessions(), new MigrationListener() { }).upgrade("heads"))
                .isInstanceOf(RetortException.class)
                .hasMessageContaining("kkkk0002")
                .hasMessageContaining("migration lock");

        assertThat(column(h2, "SELECT revision FROM k_log ORDER BY revision")).containsExactly("kkkk0001", "kkkk0002");
        assertThat(column(h2, "SELECT version_num FROM retort_version")).containsExactly("kkkk0001");
        assertThatThrownBy(() -> retort(h2, new EndsOtherSessions(), new MigrationListener() { }).upgrade("heads"))
                .isInstanceOf(StateException.class).hasMessageContaining("kkkk0002");
        assertThat(column(h2, "SELECT revision FROM k_log ORDER BY revision")).containsExactly("kkkk0001", "kkkk0002");
    }
}
