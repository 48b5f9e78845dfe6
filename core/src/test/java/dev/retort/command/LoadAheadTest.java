package dev.retort.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.ConfigurationException;
import dev.retort.JavaRevision;
import dev.retort.Retort;
import dev.retort.RetortConfiguration;
import dev.retort.Revision;
import dev.retort.RevisionContext;
import dev.retort.dialect.Dialects;
import dev.retort.graph.RevisionResolutionException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link RetortConfiguration#load(Retort)}: revisions read ahead are taken only when they are the same. */
class LoadAheadTest {

    @TempDir
    Path dir;

    private String location;

    @BeforeEach
    void files() throws IOException {
        Files.writeString(dir.resolve("0001_a.sql"), "-- revision: 0001\n-- message: a\n"
                + "-- retort:upgrade\nCREATE TABLE a (id INT);\n-- retort:downgrade\nDROP TABLE a;\n");
        Files.writeString(dir.resolve("0002_b.sql"), "-- revision: 0002\n-- down_revision: 0001\n-- message: b\n"
                + "-- retort:upgrade\nCREATE TABLE b (v VARCHAR(10) DEFAULT '${d}');\n-- retort:downgrade\nDROP TABLE b;\n");
        location = "filesystem:" + dir;
    }

    private RetortConfiguration configuration() {
        return Retort.configure().dialect("h2").locations(location).serviceLoader(false)
                .placeholders(Map.of("d", "x"));
    }

    @Test
    void takesTheGraphReadAheadWithTheSameSettings() {
        Retort ahead = configuration().load();
        Retort engine = configuration().url("jdbc:h2:mem:ahead", "sa", "").load(ahead);
        assertThat(engine.graph()).isSameAs(ahead.graph());
        assertThat(engine.context().hasDatabase()).isTrue();
        assertThat(engine.context().dialect().name()).isEqualTo("h2");
    }

    @Test
    void readsAgainWhenAnythingThatLoadingReadsDiffers() {
        Retort ahead = configuration().load();
        assertThat(configuration().placeholders(Map.of("d", "y")).load(ahead).graph()).isNotSameAs(ahead.graph());
        assertThat(configuration().placeholderReplacement(false).load(ahead).graph()).isNotSameAs(ahead.graph());
        assertThat(configuration().dialect("postgresql").load(ahead).graph()).isNotSameAs(ahead.graph());
        assertThat(configuration().failOnMissingLocations(true).load(ahead).graph()).isNotSameAs(ahead.graph());
        assertThat(configuration().serviceLoader(true).load(ahead).graph()).isNotSameAs(ahead.graph());
        assertThat(configuration().classLoader(new ClassLoader(getClass().getClassLoader()) {
        }).load(ahead).graph()).isNotSameAs(ahead.graph());
        assertThat(configuration().locations(location, "filesystem:" + dir.resolve("..")).loadsSameRevisionsAs(
                ahead.context().config())).isFalse();
        Retort withJava = configuration().javaRevisions(List.of(new Third())).load(ahead);
        assertThat(withJava.graph()).isNotSameAs(ahead.graph());
        assertThat(withJava.graph().contains("0003")).isTrue();
        assertThat(configuration().load(null).graph()).isNotSameAs(ahead.graph());
    }

    @Revision(id = "0003", downRevision = "0002", message = "java")
    public static class Third implements JavaRevision {
        @Override
        public void upgrade(RevisionContext context) {
        }
    }

    @Test
    void aDialectLearntOnAConnectionIsNeverTheSame() {
        RetortConfiguration detected = Retort.configure().locations(location).serviceLoader(false)
                .placeholders(Map.of("d", "x"));
        assertThat(detected.loadsSameRevisionsAs(detected)).isFalse();
        assertThat(configuration().loadsSameRevisionsAs(configuration())).isTrue();
    }

    @Test
    void theBaselineSettingsAreCheckedAsWithoutTheRevisionsReadAhead() {
        Retort ahead = configuration().load();
        assertThatThrownBy(() -> configuration().baselineOnUpgrade(true).load(ahead))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("retort.baseline-revision");
        assertThatThrownBy(() -> configuration().baselineOnUpgrade(true).baselineRevision("nope").load(ahead))
                .isInstanceOf(RevisionResolutionException.class);
        assertThat(configuration().baselineOnUpgrade(true).baselineRevision("0001").load(ahead).graph())
                .isSameAs(ahead.graph());
    }

    @Test
    void aBuiltInDialectIsFoundWithoutTheServiceLookup() {
        ClassLoader failing = new ClassLoader(null) {
            @Override
            public java.util.Enumeration<java.net.URL> getResources(String name) throws IOException {
                throw new IOException("no service lookup expected for " + name);
            }
        };
        assertThat(Dialects.forUrl("jdbc:postgresql://h/db", failing).name()).isEqualTo("postgresql");
        assertThat(Dialects.byName("mysql", failing).name()).isEqualTo("mariadb");
        assertThat(Dialects.forProductName("H2", failing).name()).isEqualTo("h2");
    }
}
