package dev.retort.maven;

import dev.retort.config.EngineFactory;
import dev.retort.config.ResolvedConfig;
import dev.retort.jpa.EntityScanner;
import dev.retort.jpa.JpaTargetSchemaProvider;
import dev.retort.jpa.JpaTargetSchemaSource;
import dev.retort.schema.TargetSchemaSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/**
 * Chooses autogenerate's target: the project's JPA entities ({@code retort.autogenerate.source=jpa}, or unset and the
 * compiled classes have {@code @Entity} types), else the schema files. Entities are found by reading the class files
 * of the project's output directory, and of its runtime class path too when packages are named.
 */
final class EntityTarget {

    private EntityTarget() {
    }

    /** The entities' target, or empty for the schema files. */
    static Optional<TargetSchemaSource> of(ResolvedConfig config, MavenProject project, ClassLoader loader, Log log) {
        String source = EngineFactory.autogenerateSource(config);
        if (EngineFactory.SOURCE_SCHEMA.equals(source)) {
            return Optional.empty();
        }
        List<String> packages = EntityScanner.packages(config.get(JpaTargetSchemaProvider.ENTITY_PACKAGES));
        Path classes = Path.of(project.getBuild().getOutputDirectory());
        List<Path> roots = new ArrayList<>(List.of(classes));
        if (!packages.isEmpty()) {
            try {
                project.getRuntimeClasspathElements().stream().map(Path::of).filter(p -> !p.equals(classes))
                        .forEach(roots::add);
            } catch (DependencyResolutionRequiredException e) {
                throw new IllegalStateException(e);
            }
        }
        long start = System.nanoTime();
        EntityScanner.Result found = new EntityScanner(packages).scan(roots);
        log.debug("Entity scan of " + roots + " took " + (System.nanoTime() - start) / 1_000_000 + " ms");
        if (source == null && !found.hasEntities()) {
            if (!Files.isDirectory(classes)) {
                log.warn("No compiled classes in " + classes + ": comparing with the schema files. To compare with "
                        + "your JPA entities, compile first: mvn compile retort:<goal>");
            }
            return Optional.empty();
        }
        JpaTargetSchemaSource target = JpaTargetSchemaSource.of(loader, found.managedClasses())
                .withSettings(EngineFactory.autogenerateSettings(config));
        log.info("Target schema: " + found.entities().size() + " JPA entities in "
                + (packages.isEmpty() ? classes : String.join(", ", packages)) + ", through the project's Hibernate");
        return Optional.of(target);
    }
}
