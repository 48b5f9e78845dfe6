package dev.retort.autoconfigure;

import dev.retort.ConfigurationException;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.util.StringUtils;

/**
 * Chooses the DataSource Retort migrates: a {@link RetortDataSource}-qualified bean, else {@code retort.url}
 * (or {@code retort.user} on the application's database URL), else the application's DataSource, else the
 * {@link JdbcConnectionDetails} (what {@code @ServiceConnection} and Docker Compose provide).
 */
final class MigrationDataSources {

    private final RetortProperties properties;
    private final ClassLoader classLoader;

    MigrationDataSources(RetortProperties properties, ClassLoader classLoader) {
        this.properties = properties;
        this.classLoader = classLoader;
    }

    DataSource resolve(ObjectProvider<DataSource> retortDataSource, ObjectProvider<DataSource> applicationDataSource,
            ObjectProvider<JdbcConnectionDetails> connectionDetails) {
        DataSource qualified = retortDataSource.getIfAvailable();
        if (qualified != null) {
            return qualified;
        }
        if (StringUtils.hasText(properties.getUrl())) {
            return build(properties.getUrl(), properties.getUser(), properties.getPassword());
        }
        JdbcConnectionDetails details = connectionDetails.getIfAvailable();
        if (StringUtils.hasText(properties.getUser())) {
            if (details == null) {
                throw new ConfigurationException("retort.user is set but there is no database URL to connect to: "
                        + "set retort.url or spring.datasource.url");
            }
            return build(details.getJdbcUrl(), properties.getUser(), properties.getPassword());
        }
        DataSource application = applicationDataSource.getIfAvailable();
        if (application != null) {
            return application;
        }
        if (details != null) {
            return build(details.getJdbcUrl(), details.getUsername(), details.getPassword());
        }
        throw new ConfigurationException("Retort has no database: define a DataSource, set spring.datasource.url, "
                + "or set retort.url");
    }

    private DataSource build(String url, String user, String password) {
        return DataSourceBuilder.create(classLoader).type(SimpleDriverDataSource.class)
                .url(url).username(user).password(password).build();
    }
}
