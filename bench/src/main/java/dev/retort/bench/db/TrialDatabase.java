package dev.retort.bench.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * One fresh, empty database behind a Hikari pool (what Spring Boot gives every tool). The pool is
 * filled with two open connections before any measurement; closing drops the database.
 */
public final class TrialDatabase implements AutoCloseable {

    private final String url;
    private final HikariDataSource pool;
    private final Dropper dropper;

    /** Drops the database once the pool is closed. */
    public interface Dropper {
        void drop() throws SQLException;
    }

    TrialDatabase(String url, Dropper dropper) throws SQLException {
        this.url = url;
        this.dropper = dropper;
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(0);
        config.setPoolName("bench");
        this.pool = new HikariDataSource(config);
        try (Connection a = pool.getConnection(); Connection b = pool.getConnection()) {
            a.isValid(1);
            b.isValid(1);
        }
    }

    public String url() {
        return url;
    }

    public DataSource dataSource() {
        return pool;
    }

    @Override
    public void close() throws SQLException {
        pool.close();
        dropper.drop();
    }
}
