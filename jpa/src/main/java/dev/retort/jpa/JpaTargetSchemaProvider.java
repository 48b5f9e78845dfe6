package dev.retort.jpa;

import dev.retort.schema.SchemaDialect;
import dev.retort.schema.TargetSchemaProvider;
import dev.retort.schema.TargetSchemaSource;
import dev.retort.schema.model.Schema;
import java.sql.Connection;
import java.util.List;
import java.util.Map;

/**
 * {@code retort.autogenerate.source=jpa} wherever the engine runs with retort-jpa on its class path (a Spring Boot
 * app's tests with the starter, {@link dev.retort.RetortConfiguration#autogenerateSource} elsewhere): the entities
 * the engine's class loader sees, found when a command first compares, built by the application's Hibernate.
 * Settings: {@code autogenerate.entity-packages} (default: the class directories, i.e. the application's own
 * classes) and those of {@link JpaTargetSchemaSource#withSettings}.
 */
public final class JpaTargetSchemaProvider implements TargetSchemaProvider {

    /** The {@code autogenerate.source} this provider answers to. */
    public static final String SOURCE = "jpa";
    /** The setting naming the packages that hold the entities, comma-separated. */
    public static final String ENTITY_PACKAGES = "autogenerate.entity-packages";

    /** Found by {@link java.util.ServiceLoader}. */
    public JpaTargetSchemaProvider() {
    }

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public TargetSchemaSource target(ClassLoader classLoader, Map<String, String> settings) {
        return new ScannedEntities(classLoader, EntityScanner.packages(settings.get(ENTITY_PACKAGES)), Map.copyOf(settings));
    }

    /** The entities, scanned for on each load, so a target built at startup costs nothing until it is compared. */
    private record ScannedEntities(ClassLoader classLoader, List<String> packages, Map<String, String> settings)
            implements TargetSchemaSource {

        @Override
        public Schema load(Connection connection, SchemaDialect dialect) {
            EntityScanner.Result found = new EntityScanner(packages).scan(classLoader);
            return JpaTargetSchemaSource.of(classLoader, found.managedClasses()).withSettings(settings)
                    .load(connection, dialect);
        }

        @Override
        public String toString() {
            return "the JPA entities in " + (packages.isEmpty() ? "the class path's class directories"
                    : String.join(", ", packages));
        }
    }
}
