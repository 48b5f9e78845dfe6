package dev.retort.autoconfigure;

import java.sql.Connection;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Starts a connection pool on a background thread while the engine reads its revisions: the application's pool is
 * usually first opened by Retort's upgrade (starting the pool, loading the driver, opening the database), and that
 * does not depend on the revisions, so the two overlap. Only for the pools Spring Boot creates (the connection goes
 * back to the pool for the upgrade), never for a DataSource that opens a new connection each time.
 */
final class FirstConnection {

    private static final Set<String> POOLS = Set.of("com.zaxxer.hikari.HikariDataSource",
            "org.apache.tomcat.jdbc.pool.DataSource", "org.apache.commons.dbcp2.BasicDataSource",
            "oracle.ucp.jdbc.PoolDataSourceImpl");

    private FirstConnection() {
    }

    /** Takes one connection from {@code dataSource} on a background thread and gives it back, if it is a pool. */
    static void openInBackground(String engine, DataSource dataSource) {
        if (!isPool(dataSource)) {
            return;
        }
        Thread thread = new Thread(() -> {
            try (Connection connection = dataSource.getConnection()) {
                connection.getAutoCommit(); // a pool answers this without a round trip
            } catch (Exception e) {
                // the upgrade connects (with retort.connect-retries) and reports the failure itself
            }
        }, "retort-connect-" + engine);
        thread.setDaemon(true);
        thread.start();
    }

    static boolean isPool(DataSource dataSource) {
        DataSource ds = dataSource;
        for (int depth = 0; ds instanceof DelegatingDataSource delegating && depth < 8; depth++) {
            ds = delegating.getTargetDataSource();
        }
        return ds != null && POOLS.contains(ds.getClass().getName());
    }
}
