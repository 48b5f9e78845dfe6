package dev.retort.dialect;

import static dev.retort.testing.ServerSql.column;
import static dev.retort.testing.ServerSql.reset;
import static dev.retort.testing.ServerSql.tables;
import static dev.retort.testing.ServerSql.versions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.MigrationListener;
import dev.retort.Retort;
import dev.retort.command.MigrationResult;
import dev.retort.exec.DriverManagerDataSource;
import dev.retort.graph.PlanStep;
import dev.retort.testing.ServerSql;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SPEC §5: the migration lock is the database's own session lock, taken by polling a try-lock outside any
 * transaction; a timeout names the holder; the state is read again once the lock is held.
 */
class MigrationLockTest {

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

    private static boolean postgres(TestDatabase db) {
        return db.kind() == TestDatabase.Kind.POSTGRES;
    }

    /** Takes Retort's lock by hand, the way another tool or a stuck session would; returns its session id. */
    private static long holdLock(TestDatabase db, Connection holder) throws SQLException {
        String sql = postgres(db)
                ? "SELECT pg_advisory_lock(" + PostgresDialect.lockKey("public.retort_version_lock") + "), pg_backend_pid()"
                : "SELECT GET_LOCK('retort:" + db.name() + ".retort_version_lock', 0), CONNECTION_ID()";
        try (Statement s = holder.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(2);
        }
    }

    private static Retort engine(TestDatabase db, String url, Duration timeout) {
        return Retort.configure().dataSource(new DriverManagerDataSource(url, null, null))
                .locations("classpath:realdb/branched").lock(true, timeout).load();
    }

    @ParameterizedTest
    @MethodSource("servers")
    void timesOutNamingTheHolderAndWhatToDo(TestDatabase db) throws SQLException {
        try (Connection holder = db.connect()) {
            long session = holdLock(db, holder);
            Retort retort = engine(db, db.url(), Duration.ofMillis(300));

            assertThatThrownBy(() -> retort.upgrade("heads"))
                    .isInstanceOf(LockTimeoutException.class)
                    .hasMessageContaining("Timed out after 300 ms waiting for the migration lock")
                    .hasMessageContaining(postgres(db) ? "backend pid " + session : "connection id " + session)
                    .hasMessageContaining(postgres(db) ? "pg_terminate_backend(" + session + ")" : "KILL " + session)
                    .hasMessageContaining("wait for it to finish and run again, or raise retort.lock.timeout");
        }
        // nothing ran, not even the creation of the state tables
        assertThat(tables(db)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("servers")
    void aWaiterPollsOutsideAnyTransactionThenReadsTheNewStateAndDoesNothing(TestDatabase db) throws Exception {
        String waiterUrl = postgres(db) ? db.url() + "&ApplicationName=retort-waiter" : db.url();
        Retort waiter = engine(db, waiterUrl, Duration.ofMinutes(1));
        CompletableFuture<MigrationResult> waiting;
        try (Connection holder = db.connect()) {
            long holderSession = holdLock(db, holder);
            waiting = CompletableFuture.supplyAsync(() -> waiter.upgrade("heads"));
            Waiter seen = awaitPollingWaiter(db, holderSession);
            assertThat(seen.inTransaction()).as("waiter session is inside a transaction").isFalse();
            assertThat(seen.blockedInDatabase()).as("waiter blocks inside the database").isFalse();

            // while the waiter waits, another migrator (here: lock disabled, as if it held the lock) does the work
            Retort.configure().dataSource(db.dataSource()).locations("classpath:realdb/branched")
                    .lock(false, Duration.ZERO).load().upgrade("heads");
            assertThat(waiting).isNotDone();
        }
        MigrationResult result = waiting.get(1, TimeUnit.MINUTES);
        assertThat(result.fromHeads()).containsExactly("eeee0001");
        assertThat(result.steps()).isEmpty();
        assertThat(versions(db, "retort_version")).containsExactly("eeee0001");
    }

    @Test
    void aWaitingInstanceDoesNotHoldUpCreateIndexConcurrently() throws Exception {
        Retort waiter = Retort.configure()
                .dataSource(new DriverManagerDataSource(pg.url() + "&ApplicationName=retort-waiter", null, null))
                .locations("classpath:realdb/pg-concurrently").lock(true, Duration.ofMinutes(1)).load();
        AtomicReference<CompletableFuture<MigrationResult>> waiting = new AtomicReference<>();
        MigrationListener startWaiterBeforeTheIndex = new MigrationListener() {
            @Override
            public void beforeStep(PlanStep step) {
                if (step.revision().equals("iiii0002")) {
                    waiting.set(CompletableFuture.supplyAsync(() -> waiter.upgrade("heads")));
                    awaitPollingWaiter(pg, -1);
                }
            }
        };

        // a deadlocked index build fails after a minute instead of hanging the build
        String bounded = pg.url() + "&options=-c%20statement_timeout%3D60000";
        MigrationResult first = Retort.configure().dataSource(new DriverManagerDataSource(bounded, null, null))
                .locations("classpath:realdb/pg-concurrently").listener(startWaiterBeforeTheIndex).load()
                .upgrade("heads");

        assertThat(first.steps()).hasSize(2);
        // had the waiter blocked inside the database, the index build would have waited for it: a deadlock
        assertThat(waiting.get().get(1, TimeUnit.MINUTES).steps()).isEmpty();
        assertThat(column(pg, "SELECT indisvalid FROM pg_index WHERE indexrelid = 'people_email_idx'::regclass"))
                .containsExactly("t");
    }

    /** What the database says about a session waiting for the migration lock. */
    record Waiter(long session, boolean inTransaction, boolean blockedInDatabase) {
    }

    /** Waits until a session other than {@code holder} is waiting for the lock, between two polls. */
    private static Waiter awaitPollingWaiter(TestDatabase db, long holder) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            List<Waiter> seen = postgres(db) ? postgresWaiters(db) : mariadbWaiters(db, holder);
            if (!seen.isEmpty()) {
                return seen.get(0);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("no session was seen polling for the migration lock");
    }

    /** The waiter's session after a {@code pg_try_advisory_lock} poll returned, with its transaction state. */
    private static List<Waiter> postgresWaiters(TestDatabase db) {
        return column(db, "SELECT a.pid || ' ' || (a.state <> 'idle' OR a.xact_start IS NOT NULL) || ' ' || "
                + "EXISTS (SELECT 1 FROM pg_locks l WHERE l.pid = a.pid AND NOT l.granted) FROM pg_stat_activity a "
                + "WHERE a.application_name = 'retort-waiter' AND a.query LIKE '%pg_try_advisory_lock%' "
                + "AND a.state IN ('idle', 'idle in transaction')").stream().map(MigrationLockTest::waiter).toList();
    }

    /** The MariaDB session connected to this database besides holder and observer: the waiter's lock session. */
    private static List<Waiter> mariadbWaiters(TestDatabase db, long holder) {
        return column(db, "SELECT CONCAT(p.id, ' ', EXISTS (SELECT 1 FROM information_schema.innodb_trx t "
                + "WHERE t.trx_mysql_thread_id = p.id), ' ', COALESCE(p.state, '') = 'User lock') "
                + "FROM information_schema.processlist p WHERE p.db = DATABASE() AND p.id NOT IN (CONNECTION_ID(), "
                + holder + ")").stream().map(MigrationLockTest::waiter).toList();
    }

    private static Waiter waiter(String row) {
        String[] p = row.split(" ");
        return new Waiter(Long.parseLong(p[0]), truthy(p[1]), truthy(p[2]));
    }

    private static boolean truthy(String s) {
        return s.equals("true") || s.equals("1");
    }
}
