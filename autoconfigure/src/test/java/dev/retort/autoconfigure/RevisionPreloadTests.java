package dev.retort.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.retort.Retort;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.env.MockEnvironment;

@ExtendWith(OutputCaptureExtension.class)
class RevisionPreloadTests {

    private static final String HEAD = "1a2b3c4d5e02"; // of the test revisions in classpath:db/revisions

    @TempDir
    Path dir;

    private Retort readAhead(MockEnvironment environment) {
        CompletableFuture<Retort> read = RevisionPreload.expect(environment);
        RevisionPreload.read(environment, getClass().getClassLoader(), read);
        assertThat(read).isDone();
        return RevisionPreload.take(environment);
    }

    @Test
    void readsTheRevisionsOfTheEnvironmentOnceForTheBean() {
        MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:mem:ahead");
        CompletableFuture<Retort> read = RevisionPreload.expect(environment);
        RevisionPreload.read(environment, getClass().getClassLoader(), read);
        Retort retort = RevisionPreload.take(environment);
        assertThat(retort.graph().contains(HEAD)).isTrue();
        assertThat(retort.context().config().dialectName()).isEqualTo("h2");
        assertThat(retort.context().hasDatabase()).isFalse();
        assertThat(RevisionPreload.take(environment)).as("taken once").isNull();
        assertThat(RevisionPreload.take(new MockEnvironment())).as("never read").isNull();
    }

    @Test
    void readsNothingWhereTheBeanMustDecideOrReport() throws IOException {
        // no URL: the dialect, and so how SQL is split, is learnt on the first connection
        assertThat(readAhead(new MockEnvironment())).isNull();
        // a missing location: the bean warns (the default one) or fails, once
        assertThat(readAhead(new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:mem:x")
                .withProperty("retort.locations", "filesystem:" + dir.resolve("missing")))).isNull();
        // a broken file: the bean reads it again and fails with its message
        Files.writeString(dir.resolve("0001_broken.sql"), "CREATE TABLE t (id INT);\n");
        assertThat(readAhead(new MockEnvironment().withProperty("retort.url", "jdbc:h2:mem:x")
                .withProperty("retort.locations", "filesystem:" + dir))).isNull();
    }

    @Test
    void theRetortBeanTakesTheRevisionsReadAhead(CapturedOutput output) {
        assumeTrue(Runtime.getRuntime().availableProcessors() > 1, "off on a single CPU");
        try (ConfigurableApplicationContext context = start("preload-" + System.nanoTime(), "classpath:db/revisions")) {
            assertThat(context.getBean(Retort.class).current().current()).extracting(r -> r.revision())
                    .containsExactly(HEAD);
        }
        assertThat(output).contains("Engine retort: using the revisions read ahead");
    }

    @Test
    void aCustomizerThatChangesWhatIsReadMakesTheBeanReadAgain(CapturedOutput output) {
        assumeTrue(Runtime.getRuntime().availableProcessors() > 1, "off on a single CPU");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(App.class, Customized.class)
                .web(WebApplicationType.NONE)
                .properties("spring.datasource.url=jdbc:h2:mem:custom-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
                        "logging.level.dev.retort.autoconfigure=debug", "spring.main.banner-mode=off")
                .run()) {
            assertThat(context.getBean(Retort.class).context().config().placeholders()).containsEntry("p", "q");
            assertThat(context.getBean(Retort.class).current().current()).extracting(r -> r.revision())
                    .containsExactly(HEAD);
        }
        assertThat(output).contains("Engine retort: not using (other settings) the revisions read ahead");
    }

    @Configuration(proxyBeanMethods = false)
    static class Customized {

        @Bean
        RetortConfigurationCustomizer placeholders() {
            return configuration -> configuration.placeholders(java.util.Map.of("p", "q"));
        }
    }

    @Test
    void aBrokenRevisionFailsTheStartAsWithoutReadingAhead() throws IOException {
        Files.writeString(dir.resolve("0001_broken.sql"), "CREATE TABLE t (id INT);\n");
        String location = "filesystem:" + dir;
        Throwable ahead = catchStart(location);
        System.setProperty(RetortBackgroundPreinitializer.IGNORE_PROPERTY, "true");
        Throwable without;
        try {
            without = catchStart(location);
        } finally {
            System.clearProperty(RetortBackgroundPreinitializer.IGNORE_PROPERTY);
        }
        assertThat(rootCause(ahead)).hasSameClassAs(rootCause(without))
                .hasMessage(rootCause(without).getMessage());
        assertThat(rootCause(ahead).getMessage()).contains("0001_broken.sql");
    }

    private Throwable catchStart(String location) {
        Throwable[] thrown = new Throwable[1];
        assertThatThrownBy(() -> start("broken-" + System.nanoTime(), location).close())
                .satisfies(t -> thrown[0] = t);
        return thrown[0];
    }

    private static Throwable rootCause(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static ConfigurableApplicationContext start(String database, String location) {
        return new SpringApplicationBuilder(App.class).web(WebApplicationType.NONE)
                .properties("spring.datasource.url=jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1",
                        "retort.locations=" + location, "logging.level.dev.retort.autoconfigure=debug",
                        "spring.main.banner-mode=off")
                .run();
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({ DataSourceAutoConfiguration.class, RetortAutoConfiguration.class })
    static class App {
    }
}
