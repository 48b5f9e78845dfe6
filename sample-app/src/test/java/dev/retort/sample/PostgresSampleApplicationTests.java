package dev.retort.sample;

import dev.retort.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With the {@code postgres} profile, on a fresh database of the server the test environment names. */
@ActiveProfiles("postgres")
class PostgresSampleApplicationTests extends SampleApplicationTests {

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", db::url);
        registry.add("spring.datasource.username", () -> "");
        registry.add("spring.datasource.password", () -> "");
    }
}
