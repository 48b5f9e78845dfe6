package dev.retort.autoconfigure.aot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.JavaRevision;
import dev.retort.Revision;
import dev.retort.RevisionContext;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.aot.generate.ClassNameGenerator;
import org.springframework.aot.generate.DefaultGenerationContext;
import org.springframework.aot.generate.InMemoryGeneratedFiles;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.context.aot.ApplicationContextAotGenerator;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.javapoet.ClassName;

/** The hints a native image needs: revision resources, and the classes and bytecode of Java revisions. */
class RetortRuntimeHintsTests {

    @Test
    void theRegistrarIsListedInAotFactories() {
        assertThat(SpringFactoriesLoader.forResourceLocation("META-INF/spring/aot.factories")
                .load(RuntimeHintsRegistrar.class)).hasAtLeastOneElementOfType(RetortRuntimeHints.class);
    }

    @Test
    void revisionScriptsAndServiceLoaderRevisionsAreIncluded(@TempDir Path dir) throws Exception {
        Path services = dir.resolve("META-INF/services/dev.retort.JavaRevision");
        Files.createDirectories(services.getParent());
        Files.writeString(services, "# data migrations\n" + ServiceLoaded.class.getName() + "  # the one\n");
        RuntimeHints hints = new RuntimeHints();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            new RetortRuntimeHints().registerHints(hints, loader);
        }
        assertThat(RuntimeHintsPredicates.resource().forResource("db/revisions/1a2b3c4d5e01_create_widget.sql"))
                .accepts(hints);
        assertThat(RuntimeHintsPredicates.resource().forResource("db/revisions/sub/dir/x.sql")).accepts(hints);
        assertThat(RuntimeHintsPredicates.resource().forResource("db/schema.sql")).accepts(hints);
        assertThat(RuntimeHintsPredicates.resource().forResource("META-INF/services/dev.retort.JavaRevision"))
                .accepts(hints);
        assertThat(RuntimeHintsPredicates.reflection().onType(ServiceLoaded.class)).accepts(hints);
        assertThat(RuntimeHintsPredicates.resource().forResource(
                ServiceLoaded.class.getName().replace('.', '/') + ".class")).accepts(hints);
    }

    @Test
    void javaRevisionBeansGetReflectionAndBytecodeHintsFromAotProcessing() {
        GenericApplicationContext context = new GenericApplicationContext();
        context.registerBean(AsBean.class);
        DefaultGenerationContext generation = new DefaultGenerationContext(
                new ClassNameGenerator(ClassName.get("com.example", "Hints")), new InMemoryGeneratedFiles());
        new ApplicationContextAotGenerator().processAheadOfTime(context, generation);
        RuntimeHints hints = generation.getRuntimeHints();
        assertThat(RuntimeHintsPredicates.reflection().onType(AsBean.class)).accepts(hints);
        assertThat(RuntimeHintsPredicates.resource().forResource(AsBean.class.getName().replace('.', '/') + ".class"))
                .accepts(hints);
    }

    @Revision(id = "aa01", message = "from the ServiceLoader")
    public static class ServiceLoaded implements JavaRevision {
        @Override
        public void upgrade(RevisionContext context) {
        }
    }

    @Revision(id = "aa02", message = "a bean")
    public static class AsBean implements JavaRevision {
        @Override
        public void upgrade(RevisionContext context) {
        }
    }
}
