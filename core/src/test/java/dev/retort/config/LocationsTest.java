package dev.retort.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the CLI maps configured locations onto the working directory. */
class LocationsTest {

    @TempDir
    Path dir;

    @Test
    void defaultIsDbRevisionsElseTheResourcesCopy() throws Exception {
        assertThat(Locations.resolve(null, dir)).containsExactly("filesystem:" + dir.resolve("db/revisions"));
        Path resources = Files.createDirectories(dir.resolve("src/main/resources/db/revisions"));
        assertThat(Locations.resolve(null, dir)).containsExactly("filesystem:" + resources);
    }

    @Test
    void relativePathsResolveAgainstTheWorkingDirectoryAndClasspathMapsToSrcMainResources() throws Exception {
        Path resources = Files.createDirectories(dir.resolve("src/main/resources/db/revisions"));
        assertThat(Locations.resolve("filesystem:sql, other , classpath:/db/revisions, classpath:elsewhere", dir))
                .containsExactly("filesystem:" + dir.resolve("sql"), "filesystem:" + dir.resolve("other"),
                        "filesystem:" + resources, "classpath:elsewhere");
    }

    @Test
    void schemaDefaultIsDbSchemaSqlElseTheResourcesCopyAndClasspathFilesMapToSrcMainResources() throws Exception {
        assertThat(Locations.resolveSchema(null, dir)).containsExactly("filesystem:" + dir.resolve("db/schema.sql"));
        Path resources = Files.createDirectories(dir.resolve("src/main/resources/db")).resolve("schema.sql");
        Files.writeString(resources, "CREATE TABLE t (id INT);");
        assertThat(Locations.resolveSchema(null, dir)).containsExactly("filesystem:" + resources);
        assertThat(Locations.resolveSchema("classpath:db/schema.sql, ddl", dir))
                .containsExactly("filesystem:" + resources, "filesystem:" + dir.resolve("ddl"));
    }

    @Test
    void revisionsAreWrittenIntoTheFirstLocationAClasspathOneUnderSrcMainResources() throws Exception {
        assertThat(Locations.revisionDirectory("classpath:db/revisions, filesystem:other", dir))
                .isEqualTo(dir.resolve("src/main/resources/db/revisions"));
        assertThat(Locations.revisionDirectory(" , filesystem:sql, classpath:db/revisions", dir)).isEqualTo(dir.resolve("sql"));
        assertThat(Locations.revisionDirectory(null, dir)).isEqualTo(dir.resolve("db/revisions"));
        Path resources = Files.createDirectories(dir.resolve("src/main/resources/db/revisions"));
        assertThat(Locations.revisionDirectory(null, dir)).isEqualTo(resources);
        assertThat(Locations.revisionDirectory(" , ", dir)).isNull();
    }
}
