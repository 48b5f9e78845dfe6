package dev.retort.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

class H2QueryWarmUpTests {

    private final ClassLoader classLoader = getClass().getClassLoader();

    @Test
    void runsTheStateQueriesForAnH2DatabaseWithoutOpeningIt(@TempDir Path dir) throws Exception {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:h2:file:" + dir.resolve("app").toAbsolutePath());
        assertThat(H2QueryWarmUp.run(environment, classLoader)).isTrue();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).as("the application's database is never opened").isEmpty();
        }
    }

    @Test
    void retortUrlDecidesAsForTheEngine() {
        assertThat(H2QueryWarmUp.run(new MockEnvironment().withProperty("retort.url", "jdbc:h2:mem:x")
                .withProperty("spring.datasource.url", "jdbc:postgresql://db/app"), classLoader)).isTrue();
        assertThat(H2QueryWarmUp.run(new MockEnvironment().withProperty("retort.url", "jdbc:postgresql://db/app")
                .withProperty("spring.datasource.url", "jdbc:h2:mem:x"), classLoader)).isFalse();
    }

    @Test
    void nothingForOtherDatabasesAServerNoUrlOrAStartupThatDoesNotQuery() {
        assertThat(H2QueryWarmUp.run(new MockEnvironment(), classLoader)).isFalse();
        assertThat(H2QueryWarmUp.run(new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:mariadb://db/app"), classLoader)).isFalse();
        assertThat(H2QueryWarmUp.run(new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:mem:x")
                .withProperty("retort.startup", "none"), classLoader)).isFalse();
        assertThat(H2QueryWarmUp.run(new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:h2:tcp://localhost/~/app"), classLoader)).isFalse();
        assertThat(H2QueryWarmUp.embedded("jdbc:h2:SSL://db/app")).isFalse();
        assertThat(H2QueryWarmUp.embedded("jdbc:h2:~/app;AUTO_SERVER=TRUE")).isTrue();
        assertThat(H2QueryWarmUp.embedded("JDBC:H2:file:/data/app")).isTrue();
    }

    @Test
    void withoutTheDriverItDoesNothingAndNeverFails() {
        assertThat(H2QueryWarmUp.run(new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:mem:x"),
                new ClassLoader(null) {
                })).isFalse();
    }
}
