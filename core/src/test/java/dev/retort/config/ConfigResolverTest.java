package dev.retort.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Precedence: flags, RETORT_* environment, retort.properties, application.properties/yml (working dir, then src/main/resources). */
class ConfigResolverTest {

    @TempDir
    Path dir;

    private ResolvedConfig resolve(Map<String, String> env, Map<String, String> flags) {
        return new ConfigResolver(env, dir).resolve(flags);
    }

    @Test
    void flagsBeatEnvironmentBeatsRetortPropertiesBeatsApplicationFiles() throws Exception {
        Files.writeString(dir.resolve("retort.properties"), "url=jdbc:h2:mem:props\nschema=props\nretort.user=props\n"
                + "version-table=props_version\n");
        Files.writeString(dir.resolve("application.properties"), "spring.datasource.url=jdbc:h2:mem:app\n"
                + "spring.datasource.password=app-secret\nretort.history-table=app_history\nretort.schema=app\n");
        Map<String, String> env = Map.of("RETORT_URL", "jdbc:h2:mem:env", "RETORT_SCHEMA", "env",
                "RETORT_VERSION_TABLE", "env_version");
        Map<String, String> flags = new HashMap<>();
        flags.put("url", "jdbc:h2:mem:flag");
        flags.put("schema", null);
        ResolvedConfig config = resolve(env, flags);
        assertThat(config.setting("url")).isEqualTo(new Setting("jdbc:h2:mem:flag", "command line"));
        assertThat(config.setting("schema")).isEqualTo(new Setting("env", "environment"));
        assertThat(config.setting("version-table")).isEqualTo(new Setting("env_version", "environment"));
        assertThat(config.setting("user")).isEqualTo(new Setting("props", "retort.properties"));
        assertThat(config.setting("history-table")).isEqualTo(new Setting("app_history", "application.properties"));
        assertThat(config.setting("password")).isEqualTo(new Setting("app-secret", "application.properties"));
        assertThat(resolve(Map.of(), Map.of()).setting("url")).isEqualTo(new Setting("jdbc:h2:mem:props",
                "retort.properties"));
    }

    @Test
    void retortUrlBeatsSpringDatasourceInTheSameFile() throws Exception {
        Files.writeString(dir.resolve("application.properties"), "spring.datasource.url=jdbc:h2:mem:app\n"
                + "retort.url=jdbc:h2:mem:migrations\n");
        assertThat(resolve(Map.of(), Map.of()).get("url")).isEqualTo("jdbc:h2:mem:migrations");
    }

    @Test
    void readsApplicationYamlFromSrcMainResources() throws Exception {
        Path resources = Files.createDirectories(dir.resolve("src/main/resources"));
        Files.writeString(resources.resolve("application.yml"), """
                spring:
                  datasource:
                    url: jdbc:postgresql://localhost/app   # the app's database
                    username: app
                    password: "s3cret"
                retort:
                  locations:
                    - classpath:db/revisions
                    - classpath:db/more
                  lock:
                    timeout: 5s
                  placeholders:
                    owner: app_owner
                """);
        ResolvedConfig config = resolve(Map.of(), Map.of());
        assertThat(config.get("url")).isEqualTo("jdbc:postgresql://localhost/app");
        assertThat(config.get("user")).isEqualTo("app");
        assertThat(config.get("password")).isEqualTo("s3cret");
        assertThat(config.get("locations")).isEqualTo("classpath:db/revisions,classpath:db/more");
        assertThat(config.get("lock.timeout")).isEqualTo("5s");
        assertThat(config.placeholders()).containsEntry("owner", "app_owner");
        assertThat(config.setting("url").source()).isEqualTo(Path.of("src/main/resources/application.yml").toString());
    }

    @Test
    void workingDirectoryFilesBeatSrcMainResources() throws Exception {
        Path resources = Files.createDirectories(dir.resolve("src/main/resources"));
        Files.writeString(resources.resolve("application.properties"), "retort.schema=resources\nretort.url=jdbc:x\n");
        Files.writeString(dir.resolve("application.yml"), "retort:\n  schema: working\n");
        ResolvedConfig config = resolve(Map.of(), Map.of());
        assertThat(config.get("schema")).isEqualTo("working");
        assertThat(config.get("url")).isEqualTo("jdbc:x");
    }

    @Test
    void environmentPlaceholdersAndVariableNames() {
        ResolvedConfig config = resolve(Map.of("RETORT_PLACEHOLDERS_OWNER", "bob", "RETORT_LOCK_TIMEOUT", "9s",
                "UNRELATED", "x"), Map.of());
        assertThat(config.placeholders()).containsExactlyEntriesOf(Map.of("owner", "bob"));
        assertThat(config.get("lock.timeout")).isEqualTo("9s");
        assertThat(ConfigResolver.envName("version-table")).isEqualTo("RETORT_VERSION_TABLE");
    }

    @Test
    void describeMasksPasswords() {
        ResolvedConfig config = resolve(Map.of("RETORT_PASSWORD", "hunter2",
                "RETORT_URL", "jdbc:postgresql://db/app?user=a&password=hunter2"), Map.of());
        assertThat(String.join("\n", config.describe())).contains("password = ****** (environment)",
                "password=******").doesNotContain("hunter2");
    }

    @Test
    void springJpaSettingsThatShapeTheTablesAreReadFromApplicationFiles() throws Exception {
        Path resources = Files.createDirectories(dir.resolve("src/main/resources"));
        Files.writeString(resources.resolve("application.yml"), """
                spring:
                  jpa:
                    database-platform: org.hibernate.dialect.H2Dialect
                    hibernate:
                      naming:
                        physical-strategy: com.example.Physical
                    properties:
                      hibernate.globally_quoted_identifiers: true
                """);
        Files.writeString(resources.resolve("application.properties"),
                "spring.jpa.hibernate.naming.implicit-strategy=com.example.Implicit\n");
        ResolvedConfig config = resolve(Map.of("RETORT_AUTOGENERATE_SOURCE", "jpa"), Map.of());
        assertThat(config.get("jpa.physical-strategy")).isEqualTo("com.example.Physical");
        assertThat(config.get("jpa.implicit-strategy")).isEqualTo("com.example.Implicit");
        assertThat(config.get("jpa.database-platform")).isEqualTo("org.hibernate.dialect.H2Dialect");
        assertThat(config.under(ConfigResolver.JPA_PROPERTIES))
                .containsExactlyEntriesOf(Map.of("hibernate.globally_quoted_identifiers", "true"));
        assertThat(config.setting("autogenerate.source")).isEqualTo(new Setting("jpa", "environment"));
    }

    @Test
    void anAdapterNamesItsOwnSourceAndDefaultsGiveWayToEverySource() throws Exception {
        Files.writeString(dir.resolve("retort.properties"), "locations=filesystem:mine\n");
        ResolvedConfig config = new ConfigResolver(Map.of(), dir).resolve(List.of(
                new ConfigSource("-Dretort.*", Map.of("user", "sa")),
                new ConfigSource("plugin configuration", Map.of("url", "jdbc:h2:mem:x", "user", "app"))));
        assertThat(config.setting("url")).isEqualTo(new Setting("jdbc:h2:mem:x", "plugin configuration"));
        assertThat(config.setting("user")).isEqualTo(new Setting("sa", "-Dretort.*"));
        assertThat(config.withDefault("locations", "classpath:db/revisions").setting("locations"))
                .isEqualTo(new Setting("filesystem:mine", "retort.properties"));
        assertThat(config.withDefault("schema", "app").setting("schema")).isEqualTo(new Setting("app", "default"));
    }
}
