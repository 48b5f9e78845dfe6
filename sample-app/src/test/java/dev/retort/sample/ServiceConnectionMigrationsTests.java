package dev.retort.sample;

import dev.retort.test.RetortMigrationTests;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.test.context.ActiveProfiles;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The kit's built-in tests on a Testcontainers PostgreSQL that {@code @ServiceConnection} hands to the starter, as
 * docs/testing.md shows. Skipped when Docker is not available.
 */
@SpringBootTest
@Testcontainers(disabledWithoutDocker = true)
@ActiveProfiles("postgres")
class ServiceConnectionMigrationsTests implements RetortMigrationTests {

    @Container
    @ServiceConnection
    static PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:15-alpine");
}
