package dev.retort.autoconfigure.web;

import dev.retort.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class MariaDbMigrationsEndpointWebTests extends MigrationsEndpointWebTests {

    @RegisterExtension
    static TestDatabase db = TestDatabase.mariadb();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", db::url);
    }
}
