package dev.retort.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.retort.testing.ServerSql;
import dev.retort.testing.TestDatabase;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 11 item 15: with a pool, closing a connection only returns it, so a lock whose release failed would stay held
 * by the pooled session. A failed release ends the session instead.
 */
class PooledUnlockTest {

    @RegisterExtension
    static TestDatabase pg = TestDatabase.postgres();

    @RegisterExtension
    static TestDatabase maria = TestDatabase.mariadb();

    static Stream<Named<TestDatabase>> servers() {
        return ServerSql.both(pg, maria);
    }

    private static HikariDataSource pool(TestDatabase db) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(db.url());
        config.setMaximumPoolSize(1);
        return new HikariDataSource(config);
    }

    private static Dialect dialect(TestDatabase db) {
        return db.kind() == TestDatabase.Kind.POSTGRES ? new PostgresDialect() : new MariaDbDialect();
    }

    /** The pooled connection, whose statements fail once {@code broken} is set: a network failure at unlock. */
    private static Connection failingWhen(Connection pooled, AtomicBoolean broken) {
        return (Connection) Proxy.newProxyInstance(PooledUnlockTest.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (broken.get() && method.getName().startsWith("prepare")) {
                        throw new SQLException("simulated network failure", "08S01");
                    }
                    try {
                        return method.invoke(pooled, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static void lockIsFree(TestDatabase db) throws SQLException {
        try (Connection other = db.connect()) {
            assertThatCode(() -> dialect(db).lock(other, "retort_version_lock", Duration.ofMillis(500)).close())
                    .doesNotThrowAnyException();
        }
    }

    @ParameterizedTest
    @MethodSource("servers")
    void aFailedUnlockEndsThePooledSessionSoTheLockIsFree(TestDatabase db) throws Exception {
        try (HikariDataSource pool = pool(db)) {
            AtomicBoolean broken = new AtomicBoolean();
            Connection c = failingWhen(pool.getConnection(), broken);
            DatabaseLock lock = dialect(db).lock(c, "retort_version_lock", Duration.ofSeconds(1));
            broken.set(true);
            lock.close();
            try {
                c.close(); // back to the pool, which finds it ended and evicts it
            } catch (SQLException ended) {
                assertThat(ended.getSQLState()).startsWith("08");
            }
            lockIsFree(db);
            try (Connection again = pool.getConnection()) { // the pool replaced the ended session
                assertThat(again.isValid(1)).isTrue();
            }
        }
    }

    @Test
    void anAbortedTransactionDoesNotKeepThePostgresLock() throws Exception {
        try (HikariDataSource pool = pool(pg)) {
            try (Connection c = pool.getConnection()) {
                DatabaseLock lock = new PostgresDialect().lock(c, "retort_version_lock", Duration.ofSeconds(1));
                c.setAutoCommit(false);
                try (Statement s = c.createStatement()) {
                    s.execute("SELECT * FROM no_such_table");
                } catch (SQLException expected) {
                    // the transaction is aborted: PostgreSQL refuses every statement until it is rolled back
                }
                lock.close();
            }
            lockIsFree(pg);
        }
    }
}
