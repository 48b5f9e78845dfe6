package dev.retort.autoconfigure;

import dev.retort.ConfigurationException;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.util.StringUtils;

/**
 * Chooses the DataSource Retort migrates: a {@link RetortDataSource}-qualified bean, else the URL of the
 * {@link RetortConnectionDetails} ({@code retort.url}, or a {@code @ServiceConnection} container or Docker Compose
 * service), else {@code retort.user} on the application's database URL, else the application's DataSource, else the
 * {@link JdbcConnectionDetails} alone.
 */
final class MigrationDataSources {

    /**
     * The DataSource to migrate and, when known, its JDBC URL (which tells the dialect without connecting) and
     * password (masked in every message).
     */
    record Migration(DataSource dataSource, String jdbcUrl, String password) {
    }

    private final ClassLoader classLoader;

    MigrationDataSources(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    Migration resolve(DataSource qualified, ObjectProvider<DataSource> applicationDataSource,
            RetortConnectionDetails retortDetails, ObjectProvider<JdbcConnectionDetails> connectionDetails) {
        if (qualified != null) {
            return new Migration(qualified, null, null);
        }
        if (StringUtils.hasText(retortDetails.getJdbcUrl())) {
            return build(retortDetails.getJdbcUrl(), retortDetails.getUsername(), retortDetails.getPassword(),
                    retortDetails.getDriverClassName());
        }
        JdbcConnectionDetails details = connectionDetails.getIfAvailable();
        if (StringUtils.hasText(retortDetails.getUsername())) {
            if (details == null) {
                throw new ConfigurationException("retort.user is set but there is no database URL to connect to: "
                        + "set retort.url or spring.datasource.url");
            }
            return build(details.getJdbcUrl(), retortDetails.getUsername(), retortDetails.getPassword(),
                    details.getDriverClassName());
        }
        DataSource application = applicationDataSource.getIfAvailable();
        if (application != null) {
            return new Migration(application, details == null ? null : details.getJdbcUrl(),
                    details == null ? null : details.getPassword());
        }
        if (details != null) {
            return build(details.getJdbcUrl(), details.getUsername(), details.getPassword(),
                    details.getDriverClassName());
        }
        throw new ConfigurationException("Retort has no database: define a DataSource, set spring.datasource.url, "
                + "or set retort.url");
    }

    private Migration build(String url, String user, String password, String driverClassName) {
        DataSourceBuilder<SimpleDriverDataSource> builder = DataSourceBuilder.create(classLoader)
                .type(SimpleDriverDataSource.class).url(url).username(user).password(password);
        if (StringUtils.hasText(driverClassName)) {
            builder.driverClassName(driverClassName);
        }
        return new Migration(builder.build(), url, password);
    }
}
