package dev.retort.autoconfigure;

import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * The tenant schemas an engine migrates at startup, computed by the application (e.g. from a tenants table), besides
 * {@code retort.tenants.schemas}. It gets the engine's DataSource rather than a JdbcTemplate, which itself waits for
 * the migrations.
 */
@FunctionalInterface
public interface RetortTenants {

    /**
     * {@return the schemas (names or glob patterns) to migrate with this engine; empty when it has no tenants}
     *
     * @param engine the engine's bean name
     * @param dataSource the database the engine migrates
     * @throws SQLException when the tenants cannot be read
     */
    List<String> schemas(String engine, DataSource dataSource) throws SQLException;
}
