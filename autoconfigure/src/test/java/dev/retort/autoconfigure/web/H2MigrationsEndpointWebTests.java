package dev.retort.autoconfigure.web;

import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class H2MigrationsEndpointWebTests extends MigrationsEndpointWebTests {

    @RegisterExtension
    static TestDatabase db = TestDatabase.h2();

    /** Spring Boot connects to an embedded H2 as {@code sa}; the extension's own connections use the default user. */
    @BeforeAll
    static void createBootUser() throws SQLException {
        try (Connection c = db.connect()) {
            c.createStatement().execute("CREATE USER IF NOT EXISTS SA PASSWORD '' ADMIN");
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", db::url);
    }
}
