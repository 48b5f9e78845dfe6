package dev.retort.autoconfigure.web;

import dev.retort.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class PostgresMigrationsEndpointWebTests extends MigrationsEndpointWebTests {

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", db::url);
    }
}
