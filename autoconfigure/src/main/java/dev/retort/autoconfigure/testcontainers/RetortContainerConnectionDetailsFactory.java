package dev.retort.autoconfigure.testcontainers;

import dev.retort.autoconfigure.RetortConnectionDetails;
import org.springframework.boot.testcontainers.service.connection.ContainerConnectionDetailsFactory;
import org.springframework.boot.testcontainers.service.connection.ContainerConnectionSource;
import org.testcontainers.containers.JdbcDatabaseContainer;

/**
 * {@link RetortConnectionDetails} from a {@code @ServiceConnection} {@link JdbcDatabaseContainer}: Retort migrates
 * the container's database even when the application builds its own DataSource.
 */
class RetortContainerConnectionDetailsFactory
        extends ContainerConnectionDetailsFactory<JdbcDatabaseContainer<?>, RetortConnectionDetails> {

    @Override
    protected RetortConnectionDetails getContainerConnectionDetails(
            ContainerConnectionSource<JdbcDatabaseContainer<?>> source) {
        return new RetortContainerConnectionDetails(source);
    }

    /** Reads the container's URL and credentials once it has started. */
    static final class RetortContainerConnectionDetails extends ContainerConnectionDetails<JdbcDatabaseContainer<?>>
            implements RetortConnectionDetails {

        RetortContainerConnectionDetails(ContainerConnectionSource<JdbcDatabaseContainer<?>> source) {
            super(source);
        }

        @Override
        public String getUsername() {
            return getContainer().getUsername();
        }

        @Override
        public String getPassword() {
            return getContainer().getPassword();
        }

        @Override
        public String getJdbcUrl() {
            return getContainer().getJdbcUrl();
        }

        @Override
        public String getDriverClassName() {
            return getContainer().getDriverClassName();
        }
    }
}
