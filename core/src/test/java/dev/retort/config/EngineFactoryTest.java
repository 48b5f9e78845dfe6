package dev.retort.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.ConfigurationException;
import dev.retort.MigrationListener;
import dev.retort.Retort;
import dev.retort.RetortConfiguration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How resolved settings become an engine: the autogenerate source and where revisions are written. */
class EngineFactoryTest {

    @TempDir
    Path dir;

    private ResolvedConfig config(Map<String, String> given) {
        return new ConfigResolver(Map.of(), dir).resolve(given);
    }

    @Test
    void negativeDurationsAreRefusedWithTheSetting() {
        for (String value : new String[] {"-5s", "-1", "-500ms", "PT-5S", "-PT5S", "-2m"}) {
            assertThatThrownBy(() -> EngineFactory.configure(config(Map.of("lock.timeout", value)), dir,
                    new MigrationListener() { })).isInstanceOf(ConfigurationException.class)
                    .hasMessage("Invalid lock.timeout '" + value + "' (from command line): expected a duration that is "
                            + "not negative (0s fails at once)");
        }
        assertThatThrownBy(() -> Retort.configure().lock(true, java.time.Duration.ofSeconds(-5)))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("must not be negative");
        assertThat(EngineFactory.configure(config(Map.of("lock.timeout", "0s")), dir, new MigrationListener() { })
                .lockTimeout()).isZero();
    }

    @Test
    void autogenerateSourceIsJpaOrSchema() {
        assertThat(EngineFactory.autogenerateSource(config(Map.of()))).isNull();
        assertThat(EngineFactory.autogenerateSource(config(Map.of("autogenerate.source", " JPA ")))).isEqualTo("jpa");
        assertThatThrownBy(() -> EngineFactory.autogenerateSource(config(Map.of("autogenerate.source", "entities"))))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("Invalid autogenerate.source 'entities' (from command line): expected jpa or schema");
    }

    @Test
    void jpaSourceWithoutRetortJpaSaysWhereItWorks() throws Exception {
        Files.createDirectories(dir.resolve("db/revisions"));
        Retort retort = EngineFactory.load(config(Map.of("url", "jdbc:h2:mem:factory;DB_CLOSE_DELAY=-1",
                "autogenerate.source", "jpa")), dir, new MigrationListener() { });
        assertThatThrownBy(retort::check).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("retort.autogenerate.source=jpa")
                .hasMessageContaining("dev.retort:retort-jpa")
                .hasMessageContaining("mvn compile retort:revision");
    }

    @Test
    void theSourceGetsTheEntityPackagesAndJpaSettings() {
        RetortConfiguration c = EngineFactory.configure(config(Map.of("autogenerate.source", "jpa",
                "autogenerate.entity-packages", "com.example.shop", "jpa.physical-strategy", "com.example.Naming",
                "jpa.properties.hibernate.type.preferred_uuid_jdbc_type", "CHAR", "url", "jdbc:h2:mem:x")), dir,
                new MigrationListener() { });
        assertThat(c.autogenerateSource()).isEqualTo("jpa");
        assertThat(c.autogenerateSettings()).containsOnly(
                Map.entry("autogenerate.entity-packages", "com.example.shop"),
                Map.entry("jpa.physical-strategy", "com.example.Naming"),
                Map.entry("jpa.properties.hibernate.type.preferred_uuid_jdbc_type", "CHAR"));
    }

    @Test
    void newRevisionsGoToTheFirstLocationResolvedAgainstTheWorkingDirectory() {
        assertThat(EngineFactory.configure(config(Map.of("locations", "classpath:db/changes")), dir,
                new MigrationListener() { }).revisionDirectory()).isEqualTo(dir.resolve("src/main/resources/db/changes"));
    }
}
