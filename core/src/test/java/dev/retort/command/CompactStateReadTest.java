package dev.retort.command;

import static dev.retort.testing.ServerSql.exec;
import static dev.retort.testing.ServerSql.reset;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.Retort;
import dev.retort.state.HistoryEntry;
import dev.retort.state.StateException;
import dev.retort.testing.TestDatabase;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 16 item 2: a migrating command reads the version rows and, of the history, only each successful upgrade's
 * revision and checksum plus an unresolved partial row, in one query on one connection; what it decides from that
 * (drift, partial, unknown versions) is what the full read decides.
 */
class CompactStateReadTest {

    @org.junit.jupiter.api.extension.RegisterExtension
    static TestDatabase h2 = TestDatabase.h2();

    @org.junit.jupiter.api.extension.RegisterExtension
    static TestDatabase pg = TestDatabase.postgres();

    @org.junit.jupiter.api.extension.RegisterExtension
    static TestDatabase maria = TestDatabase.mariadb();

    static Stream<Named<TestDatabase>> databases() {
        return Stream.of(Named.of("h2", h2), Named.of("postgresql", pg), Named.of("mariadb", maria));
    }

    private static final String HEAD = "55af2cb1c267";

    @BeforeEach
    void clean() {
        exec(h2, "DROP ALL OBJECTS");
        reset(pg);
        reset(maria);
    }

    private static Retort retort(DataSource ds) {
        return Retort.configure().dataSource(ds).locations("classpath:realdb/alembic").load();
    }

    private record Reads(DatabaseState full, DatabaseState compact) {
    }

    private static Reads read(TestDatabase db) throws SQLException {
        CommandContext ctx = retort(db.dataSource()).context();
        try (Connection c = ctx.connect()) {
            return new Reads(StateReader.read(ctx, c, true), StateReader.readForMigration(ctx, c));
        }
    }

    /** The full history's successful upgrades with a checksum, as the compact read fills them in. */
    private static List<HistoryEntry> appliedOf(DatabaseState full) {
        return full.history().stream()
                .filter(e -> Boolean.TRUE.equals(e.success()) && "upgrade".equals(e.operation()) && e.checksum() != null)
                .map(e -> new HistoryEntry(e.id(), e.revision(), "upgrade", List.of(), List.of(), null, e.checksum(),
                        true, null, null, null, null, null, null))
                .toList();
    }

    private static void assertSameDecisions(TestDatabase db, Reads r) {
        CommandContext ctx = retort(db.dataSource()).context();
        assertThat(r.compact().versions()).isEqualTo(r.full().versions());
        assertThat(r.compact().unresolvedPartial()).isEqualTo(r.full().unresolvedPartial());
        assertThat(StateReader.checksumDrift(ctx, r.compact())).isEqualTo(StateReader.checksumDrift(ctx, r.full()));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void readsOnlyTheSuccessfulUpgradesChecksumsAndDecidesAsTheFullReadDoes(TestDatabase db) throws SQLException {
        Retort r = retort(db.dataSource());
        r.upgrade("heads");
        r.downgrade("-1");
        // the edit loop: the re-upgrade records a new checksum, and the newer one must win over the older
        exec(db, "UPDATE retort_history SET checksum = '1:older' WHERE revision = '" + HEAD + "'");
        r.upgrade("heads");
        Reads reads = read(db);
        assertThat(reads.full().history()).hasSize(5);
        assertThat(reads.compact().history()).isEqualTo(appliedOf(reads.full())).hasSize(4);
        assertThat(StateReader.checksumDrift(r.context(), reads.compact())).isEmpty();
        assertSameDecisions(db, reads);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aChangedChecksumIsStillRefusedAndNeverAnsweredWithoutTheLock(TestDatabase db) throws SQLException {
        retort(db.dataSource()).upgrade("heads");
        exec(db, "UPDATE retort_history SET checksum = '1:tampered' WHERE revision = '" + HEAD + "'");
        Reads reads = read(db);
        assertThat(StateReader.checksumDrift(retort(db.dataSource()).context(), reads.compact())).hasSize(1);
        assertSameDecisions(db, reads);
        assertThatThrownBy(() -> retort(db.dataSource()).upgrade("heads"))
                .isInstanceOf(ChecksumMismatchException.class).hasMessageContaining("1:tampered");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anUnresolvedPartialRowIsReadInFullAndRefused(TestDatabase db) throws SQLException {
        retort(db.dataSource()).upgrade("1975ea83b712");
        exec(db, "INSERT INTO retort_history (revision, operation, from_revisions, to_revisions, message, checksum, "
                + "success, failed_statement, error, started_at) VALUES ('3adcc9a56557', 'upgrade', '1975ea83b712', "
                + "'3adcc9a56557', 'add name', '1:x', NULL, 2, 'boom', CURRENT_TIMESTAMP)");
        Reads reads = read(db);
        assertThat(reads.compact().unresolvedPartial()).isNotNull().isEqualTo(reads.full().unresolvedPartial());
        assertThat(reads.compact().unresolvedPartial().error()).isEqualTo("boom");
        assertSameDecisions(db, reads);
        assertThatThrownBy(() -> retort(db.dataSource()).upgrade("heads")).isInstanceOf(StateException.class)
                .hasMessageContaining("revision 3adcc9a56557").hasMessageContaining("at statement 2: boom");

        // settled by a stamp: the newest row is no longer partial, and the upgrade goes ahead
        retort(db.dataSource()).stamp(List.of("1975ea83b712"), false);
        Reads settled = read(db);
        assertThat(settled.compact().unresolvedPartial()).isNull();
        assertSameDecisions(db, settled);
        assertThat(retort(db.dataSource()).upgrade("heads").steps()).hasSize(2);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aNoOpUpgradeTakesOneConnectionAndTwoQueries(TestDatabase db) {
        retort(db.dataSource()).upgrade("heads");
        Counting counting = new Counting(db.dataSource());
        assertThat(retort(counting.dataSource()).upgrade("heads").steps()).isEmpty();
        assertThat(counting.connections.get()).isEqualTo(1);
        // which tables exist (H2: from the driver's metadata, no query); the versions and the compact history
        assertThat(counting.statements.get()).isEqualTo(db.kind() == TestDatabase.Kind.H2 ? 1 : 2);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anUpgradeChecksAndMigratesOnOneConnection(TestDatabase db) {
        Counting counting = new Counting(db.dataSource());
        assertThat(retort(counting.dataSource()).upgrade("heads").steps()).hasSize(3);
        // H2's lock is a row lock held on a connection of its own
        assertThat(counting.connections.get()).isEqualTo(db.kind() == TestDatabase.Kind.H2 ? 2 : 1);
    }

    /** Counts connections taken from a DataSource and the statements executed on them. */
    private static final class Counting {
        final AtomicInteger connections = new AtomicInteger();
        final AtomicInteger statements = new AtomicInteger();
        private final DataSource target;

        Counting(DataSource target) {
            this.target = target;
        }

        DataSource dataSource() {
            return proxy(DataSource.class, target);
        }

        @SuppressWarnings("unchecked")
        private <T> T proxy(Class<T> type, Object target) {
            return (T) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, (p, m, args) -> {
                Object result;
                try {
                    result = m.invoke(target, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
                String name = m.getName();
                if (name.equals("getConnection")) {
                    connections.incrementAndGet();
                    return proxy(Connection.class, result);
                }
                if (name.equals("prepareStatement")) {
                    return proxy(PreparedStatement.class, result);
                }
                if (name.equals("createStatement")) {
                    return proxy(Statement.class, result);
                }
                if (name.startsWith("execute")) {
                    statements.incrementAndGet();
                }
                return result;
            });
        }
    }
}
