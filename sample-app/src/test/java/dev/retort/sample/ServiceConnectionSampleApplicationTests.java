package dev.retort.sample;

import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.test.context.ActiveProfiles;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * With a Testcontainers PostgreSQL and {@code @ServiceConnection}: the JdbcConnectionDetails it provides are
 * what the DataSource and Retort use. Skipped when Docker is not available.
 */
@Testcontainers(disabledWithoutDocker = true)
@ActiveProfiles("postgres")
class ServiceConnectionSampleApplicationTests extends SampleApplicationTests {

    @Container
    @ServiceConnection
    static PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:15-alpine");
}
