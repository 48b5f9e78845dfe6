package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.ConfigurationException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A location that does not exist: an error when configured, a warning when it is the default (Flyway's rule). */
class MissingLocationTest {

    private static List<RevisionScript> load(ClassLoader loader, boolean failOnMissing, String... locations) {
        return new RevisionLoader(loader, () -> SqlFlavor.STANDARD, Map.of(), failOnMissing)
                .load(List.of(locations), List.of(), false);
    }

    @Test
    void anExplicitLocationThatDoesNotExistFailsNamingIt() {
        assertThatThrownBy(() -> load(getClass().getClassLoader(), false, "classpath:db/nope"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("The revision location classpath:db/nope does not exist")
                .hasMessageContaining("fix retort.locations");
    }

    @Test
    void theDefaultLocationMissingIsNoRevisionsUnlessFailOnMissingLocations(@TempDir Path empty) throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {empty.toUri().toURL()}, null)) {
            assertThat(load(loader, false, "classpath:db/revisions")).isEmpty();
            assertThatThrownBy(() -> load(loader, true, "classpath:db/revisions"))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("classpath:db/revisions does not exist")
                    .hasMessageContaining("retort.fail-on-missing-locations=true");
        }
    }

    @Test
    void anExistingEmptyLocationIsNotMissing(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("db/empty"));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
            assertThat(load(loader, true, "classpath:db/empty", "filesystem:" + root.resolve("db/empty"))).isEmpty();
        }
    }

    @Test
    void theDefaultLocationIsRecognisedInEverySpelling() {
        assertThat(LocationScanner.sameLocation("db/revisions/", "classpath:db/revisions")).isTrue();
        assertThat(LocationScanner.sameLocation("classpath:/db/revisions", "classpath:db/revisions")).isTrue();
        assertThat(LocationScanner.sameLocation("filesystem:db/revisions", "classpath:db/revisions")).isFalse();
        assertThat(LocationScanner.sameLocation("classpath:db/revisions2", "classpath:db/revisions")).isFalse();
    }
}
