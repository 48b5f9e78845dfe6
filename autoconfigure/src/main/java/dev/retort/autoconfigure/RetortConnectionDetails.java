package dev.retort.autoconfigure;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;
import org.springframework.boot.jdbc.DatabaseDriver;

/**
 * Where Retort's migration connection goes, like Boot's {@code FlywayConnectionDetails}: {@code retort.url},
 * {@code retort.user} and {@code retort.password} by default, or a {@code @ServiceConnection} container or a
 * Docker Compose service, which then wins over the application's DataSource.
 */
public interface RetortConnectionDetails extends ConnectionDetails {

    /** User of the migration connection, or null for the application's. */
    String getUsername();

    /** Password of the migration connection, or null. */
    String getPassword();

    /** JDBC URL of a separate migration connection, or null to migrate the application's database. */
    String getJdbcUrl();

    /** The JDBC driver class, by default the one {@link DatabaseDriver} knows for the URL. */
    default String getDriverClassName() {
        String url = getJdbcUrl();
        return url == null ? null : DatabaseDriver.fromJdbcUrl(url).getDriverClassName();
    }
}
