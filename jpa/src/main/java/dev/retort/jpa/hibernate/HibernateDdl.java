package dev.retort.jpa.hibernate;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.mapping.Table;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;

/**
 * Hibernate's create script for a set of managed classes, without a database connection. Loaded in the class loader
 * that holds the application's Hibernate and entities, and called through JDK types only, so it works with whichever
 * Hibernate version that is ({@code request}: {@code classes} → class names, {@code settings} → Hibernate settings,
 * {@code classLoader} → where the classes are, which may be a child of this class's loader).
 */
public final class HibernateDdl implements Function<Map<String, Object>, String> {

    static final String PHYSICAL_NAMING = "hibernate.physical_naming_strategy";
    static final String IMPLICIT_NAMING = "hibernate.implicit_naming_strategy";

    /** Spring Boot's defaults (4.x, then 3.x names), the first one present in this class loader wins. */
    private static final List<String> BOOT_PHYSICAL = List.of(
            "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl",
            "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy");
    private static final List<String> BOOT_IMPLICIT = List.of(
            "org.springframework.boot.hibernate.SpringImplicitNamingStrategy",
            "org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy",
            BootImplicitNamingStrategy.class.getName());

    @Override
    @SuppressWarnings("unchecked")
    public String apply(Map<String, Object> request) {
        List<String> classes = (List<String>) request.get("classes");
        Map<String, Object> settings = new LinkedHashMap<>((Map<String, Object>) request.get("settings"));
        ClassLoader loader = (ClassLoader) request.getOrDefault("classLoader", HibernateDdl.class.getClassLoader());
        settings.computeIfAbsent(PHYSICAL_NAMING, k -> firstPresent(BOOT_PHYSICAL, loader));
        settings.computeIfAbsent(IMPLICIT_NAMING, k -> firstPresent(BOOT_IMPLICIT, loader));
        StringWriter script = new StringWriter();
        settings.put("hibernate.boot.allow_jdbc_metadata_access", "false");
        settings.put("jakarta.persistence.schema-generation.database.action", "none");
        settings.put("jakarta.persistence.schema-generation.scripts.action", "create");
        settings.put("jakarta.persistence.schema-generation.create-source", "metadata");
        settings.put("jakarta.persistence.schema-generation.scripts.create-target", script);
        settings.put("hibernate.hbm2ddl.delimiter", ";");
        settings.put("hibernate.format_sql", "false");
        settings.put("hibernate.hbm2ddl.import_files", "");

        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build();
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder(bootstrap).applySettings(settings).build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            classes.forEach(sources::addAnnotatedClassName);
            Metadata metadata = sources.buildMetadata();
            requireDefaultNamespace(metadata);
            SchemaManagementToolCoordinator.process(metadata, registry, settings, null);
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
            thread.setContextClassLoader(previous);
        }
        return script.toString();
    }

    /**
     * Autogenerate compares one schema, the connection's; a table mapped to another schema or catalog would be created
     * there by the target DDL instead of in the scratch schema.
     */
    private static void requireDefaultNamespace(Metadata metadata) {
        List<String> elsewhere = new ArrayList<>();
        for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
            Namespace.Name name = namespace.getName();
            Object qualifier = name.getSchema() != null ? name.getSchema() : name.getCatalog();
            if (qualifier == null) {
                continue;
            }
            for (Table table : namespace.getTables()) {
                elsewhere.add(qualifier + "." + table.getName());
            }
        }
        if (!elsewhere.isEmpty()) {
            throw new IllegalArgumentException("Tables mapped to another schema or catalog: " + String.join(", ", elsewhere)
                    + ". Autogenerate compares the database's default schema only: remove the schema/catalog from "
                    + "@Table (and hibernate.default_schema), or exclude those entities with retort.autogenerate."
                    + "entity-packages");
        }
    }

    private static String firstPresent(List<String> classNames, ClassLoader loader) {
        for (String name : classNames) {
            try {
                Class.forName(name, false, loader);
                return name;
            } catch (ClassNotFoundException | LinkageError e) {
                // try the next one
            }
        }
        throw new IllegalStateException("None of " + classNames + " is available");
    }
}
