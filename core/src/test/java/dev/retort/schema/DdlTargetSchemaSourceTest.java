package dev.retort.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whether a DDL target exists, which decides if the test kit has a model to compare with. */
class DdlTargetSchemaSourceTest {

    private final ClassLoader loader = getClass().getClassLoader();

    @TempDir
    Path dir;

    @Test
    void existsWhenEveryLocationHoldsASchemaFile() throws Exception {
        Path file = Files.writeString(dir.resolve("schema.sql"), "CREATE TABLE t (id INT);");
        Files.createDirectories(dir.resolve("more"));
        Files.writeString(dir.resolve("more/a.sql"), "CREATE TABLE a (id INT);");

        assertThat(new DdlTargetSchemaSource(List.of("filesystem:" + file), loader).exists()).isTrue();
        assertThat(new DdlTargetSchemaSource(List.of("filesystem:" + file, "filesystem:" + dir.resolve("more")), loader)
                .exists()).isTrue();
    }

    @Test
    void doesNotExistWhenALocationIsMissingOrEmpty() throws Exception {
        Files.createDirectories(dir.resolve("empty"));

        assertThat(new DdlTargetSchemaSource(List.of("classpath:db/schema.sql"), loader).exists()).isFalse();
        assertThat(new DdlTargetSchemaSource(List.of("filesystem:" + dir.resolve("nope.sql")), loader).exists()).isFalse();
        assertThat(new DdlTargetSchemaSource(List.of("filesystem:" + dir.resolve("empty")), loader).exists()).isFalse();
        assertThat(new DdlTargetSchemaSource(List.of(), loader).exists()).isFalse();
    }

    @Test
    void namesItsFiles() {
        assertThat(new DdlTargetSchemaSource(List.of("classpath:db/schema.sql", "filesystem:extra"), loader))
                .hasToString("schema files classpath:db/schema.sql, filesystem:extra");
    }
}
