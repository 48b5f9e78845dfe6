package dev.retort.autoconfigure.docker.compose;

import dev.retort.autoconfigure.RetortConnectionDetails;
import org.springframework.boot.autoconfigure.service.connection.ConnectionDetailsFactory;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * {@link RetortConnectionDetails} adapted from the {@link JdbcConnectionDetails} that Spring Boot's Docker Compose
 * support creates for a database service, so Retort migrates that service's database.
 */
class JdbcAdaptingRetortConnectionDetailsFactory
        implements ConnectionDetailsFactory<JdbcConnectionDetails, RetortConnectionDetails> {

    @Override
    public RetortConnectionDetails getConnectionDetails(JdbcConnectionDetails input) {
        return new RetortConnectionDetails() {

            @Override
            public String getUsername() {
                return input.getUsername();
            }

            @Override
            public String getPassword() {
                return input.getPassword();
            }

            @Override
            public String getJdbcUrl() {
                return input.getJdbcUrl();
            }

            @Override
            public String getDriverClassName() {
                return input.getDriverClassName();
            }
        };
    }
}
