package dev.retort.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.ConfigurationException;
import dev.retort.Retort;
import dev.retort.RetortConfiguration;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code autogenerate.source} names a {@link TargetSchemaProvider} found in the engine's class loader (how retort-jpa
 * supplies the entities' target without core knowing Hibernate): it gets the source's settings, an explicit target
 * still wins, and a missing provider is a message that says what to add.
 */
class TargetSchemaProviderTest {

    /** The target is the schema file named by its {@code schema-file} setting. */
    public static final class FileProvider implements TargetSchemaProvider {

        @Override
        public String source() {
            return "file";
        }

        @Override
        public TargetSchemaSource target(ClassLoader classLoader, Map<String, String> settings) {
            return new DdlTargetSchemaSource(List.of("filesystem:" + settings.get("schema-file")), classLoader);
        }
    }

    @TempDir
    Path dir;

    private RetortConfiguration engine(String name) throws IOException {
        Files.createDirectories(dir.resolve("revisions"));
        return Retort.configure().url("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "")
                .locations("filesystem:" + dir.resolve("revisions"));
    }

    /** A class loader whose {@code META-INF/services} lists {@link FileProvider}, as retort-jpa's jar does. */
    private ClassLoader withProvider() throws IOException {
        Path services = Files.createDirectories(dir.resolve("provider/META-INF/services"));
        Files.writeString(services.resolve(TargetSchemaProvider.class.getName()), FileProvider.class.getName() + "\n");
        return new URLClassLoader(new URL[] {dir.resolve("provider").toUri().toURL()}, getClass().getClassLoader());
    }

    private Path schemaFile(String ddl) throws IOException {
        return Files.writeString(dir.resolve("target.sql"), ddl);
    }

    @Test
    void theNamedSourcesProviderIsFoundInTheEnginesClassLoaderAndGetsItsSettings() throws IOException {
        Path file = schemaFile("CREATE TABLE from_provider (id INT PRIMARY KEY);");
        Retort retort = engine("provider-found").classLoader(withProvider())
                .autogenerateSource("File", Map.of("schema-file", file.toString())).load();
        assertThat(retort.check().differences()).containsExactly("add table FROM_PROVIDER");
    }

    @Test
    void anExplicitTargetWinsOverTheNamedSource() throws IOException {
        Path file = schemaFile("CREATE TABLE explicit (id INT PRIMARY KEY);");
        Retort retort = engine("explicit-wins").classLoader(withProvider())
                .autogenerateSource("file", Map.of("schema-file", "/nowhere.sql"))
                .autogenerateTarget(new DdlTargetSchemaSource(List.of("filesystem:" + file), getClass().getClassLoader()))
                .load();
        assertThat(retort.check().differences()).containsExactly("add table EXPLICIT");
    }

    @Test
    void theProviderIsLookedUpOnlyWhenACommandCompares() throws IOException {
        Retort retort = engine("lazy").autogenerateSource("jpa", Map.of()).load();
        assertThat(retort.current().current()).isEmpty();
        assertThatThrownBy(retort::check).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("retort.autogenerate.source=jpa, but no provider of that target schema is on "
                        + "the class path")
                .hasMessageContaining("add retort-jpa as a dependency")
                .hasMessageContaining("mvn compile retort:check")
                .hasMessageContaining("retort.autogenerate.source=schema");
    }

    @Test
    void anUnknownSourceNamesTheProvidersThereAre() throws IOException {
        Retort retort = engine("unknown").classLoader(withProvider()).autogenerateSource("entities", Map.of()).load();
        assertThatThrownBy(retort::check).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("retort.autogenerate.source=entities, but no provider")
                .hasMessageContaining("(there are: file)");
    }

    @Test
    void schemaAndNoSourceAreTheSchemaFiles() throws IOException {
        Path file = schemaFile("CREATE TABLE from_files (id INT PRIMARY KEY);");
        Retort retort = engine("schema-source").autogenerateSchema(List.of("filesystem:" + file))
                .autogenerateSource("schema", Map.of()).load();
        assertThat(retort.check().differences()).containsExactly("add table FROM_FILES");
    }
}
