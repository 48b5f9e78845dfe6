package dev.retort.jpa;

import dev.retort.ConfigurationException;
import dev.retort.schema.DdlTargetSchemaSource;
import dev.retort.schema.SchemaDialect;
import dev.retort.schema.SchemaException;
import dev.retort.schema.TargetSchemaSource;
import dev.retort.schema.model.Schema;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Autogenerate's target schema from JPA entities: Hibernate writes its create script for the live database's dialect
 * (no connection of its own), which runs in a scratch schema and is reflected like {@code schema.sql} files, so the
 * comparison sees what the database makes of Hibernate's DDL. The application's Hibernate is used: the one visible
 * from {@code classLoader}, which must also hold this module's classes ({@link #generatorLocation()}).
 *
 * <pre>{@code
 * Retort.configure().dataSource(ds)
 *     .autogenerateTarget(JpaTargetSchemaSource.of(Owner.class, Pet.class, Visit.class))
 *     .load().check();
 * }</pre>
 *
 * Naming follows Spring Boot's defaults ({@code PhysicalNamingStrategySnakeCaseImpl},
 * {@code SpringImplicitNamingStrategy}) unless {@link #physicalNamingStrategy}/{@link #implicitNamingStrategy} say
 * otherwise, as {@code spring.jpa.hibernate.naming.*} does for the application.
 */
public final class JpaTargetSchemaSource implements TargetSchemaSource {

    private static final Logger log = LoggerFactory.getLogger(JpaTargetSchemaSource.class);

    /** The setting of {@code spring.jpa.hibernate.naming.physical-strategy}. */
    public static final String PHYSICAL_STRATEGY = "jpa.physical-strategy";
    /** The setting of {@code spring.jpa.hibernate.naming.implicit-strategy}. */
    public static final String IMPLICIT_STRATEGY = "jpa.implicit-strategy";
    /** The setting of {@code spring.jpa.database-platform}. */
    public static final String DATABASE_PLATFORM = "jpa.database-platform";
    /** The prefix of the settings of {@code spring.jpa.properties.*}. */
    public static final String PROPERTIES = "jpa.properties.";

    private static final String GENERATOR = "dev.retort.jpa.hibernate.HibernateDdl";
    /** Settings that would put tables outside the scratch schema, and ones Retort itself decides. */
    private static final Set<String> IGNORED = Set.of("hibernate.default_schema", "hibernate.default_catalog",
            "hibernate.hbm2ddl.auto", "jakarta.persistence.schema-generation.database.action",
            "jakarta.persistence.schema-generation.scripts.action", "hibernate.hbm2ddl.create_namespaces",
            "jakarta.persistence.create-database-schemas");

    private final ClassLoader classLoader;
    private final List<String> managedClasses;
    private final Map<String, String> settings;

    private JpaTargetSchemaSource(ClassLoader classLoader, List<String> managedClasses, Map<String, String> settings) {
        this.classLoader = Objects.requireNonNull(classLoader);
        this.managedClasses = List.copyOf(managedClasses);
        this.settings = Map.copyOf(settings);
    }

    /** The target of these entities (and embeddables, mapped superclasses, converters), with their class loader. */
    public static JpaTargetSchemaSource of(Class<?>... managedClasses) {
        if (managedClasses.length == 0) {
            throw new IllegalArgumentException("No entity classes given");
        }
        return new JpaTargetSchemaSource(managedClasses[0].getClassLoader(),
                Arrays.stream(managedClasses).map(Class::getName).toList(), Map.of());
    }

    /** The target of the named classes, loaded (with Hibernate) from {@code classLoader}. */
    public static JpaTargetSchemaSource of(ClassLoader classLoader, List<String> managedClassNames) {
        if (managedClassNames.isEmpty()) {
            throw new ConfigurationException("No JPA entity classes were found: compile the project first (mvn "
                    + "compile), check retort.autogenerate.entity-packages, or set retort.autogenerate.source=schema");
        }
        return new JpaTargetSchemaSource(classLoader, managedClassNames, Map.of());
    }

    /**
     * With a physical naming strategy class ({@code spring.jpa.hibernate.naming.physical-strategy}); null changes
     * nothing (Spring Boot's default, or {@code hibernate.physical_naming_strategy} from {@link #hibernateProperties}).
     */
    public JpaTargetSchemaSource physicalNamingStrategy(String className) {
        return setting("hibernate.physical_naming_strategy", className);
    }

    /** With an implicit naming strategy class ({@code spring.jpa.hibernate.naming.implicit-strategy}); null changes nothing. */
    public JpaTargetSchemaSource implicitNamingStrategy(String className) {
        return setting("hibernate.implicit_naming_strategy", className);
    }

    /** With the dialect the application names ({@code spring.jpa.database-platform}); null changes nothing (detected). */
    public JpaTargetSchemaSource dialect(String className) {
        return setting("hibernate.dialect", className);
    }

    /**
     * With Hibernate settings as the application passes them ({@code spring.jpa.properties.*}, keys without that
     * prefix); schema-placement and schema-action settings are ignored. Explicit naming strategies still win.
     */
    public JpaTargetSchemaSource hibernateProperties(Map<String, String> properties) {
        Map<String, String> merged = new LinkedHashMap<>();
        properties.forEach((k, v) -> {
            if (!IGNORED.contains(k) && v != null) {
                merged.put(k, v);
            }
        });
        merged.putAll(settings);
        return new JpaTargetSchemaSource(classLoader, managedClasses, merged);
    }

    /**
     * {@return this target with the settings the CLI, the Maven plugin and the starter resolve for the {@code jpa}
     * source: {@value #PHYSICAL_STRATEGY}, {@value #IMPLICIT_STRATEGY}, {@value #DATABASE_PLATFORM} and
     * {@code jpa.properties.<hibernate setting>}; other keys are ignored}
     *
     * @param settings the settings by key (from {@code spring.jpa.*} of the application, or {@code retort.jpa.*})
     */
    public JpaTargetSchemaSource withSettings(Map<String, String> settings) {
        Map<String, String> properties = new LinkedHashMap<>();
        settings.forEach((k, v) -> {
            if (k.startsWith(PROPERTIES) && k.length() > PROPERTIES.length()) {
                properties.put(k.substring(PROPERTIES.length()), v);
            }
        });
        return hibernateProperties(properties).physicalNamingStrategy(settings.get(PHYSICAL_STRATEGY))
                .implicitNamingStrategy(settings.get(IMPLICIT_STRATEGY)).dialect(settings.get(DATABASE_PLATFORM));
    }

    private JpaTargetSchemaSource setting(String key, String value) {
        if (value == null || value.isBlank()) {
            return this;
        }
        Map<String, String> out = new LinkedHashMap<>(settings);
        out.put(key, value.strip());
        return new JpaTargetSchemaSource(classLoader, managedClasses, out);
    }

    /** The managed classes this target is built from. */
    public List<String> managedClasses() {
        return managedClasses;
    }

    /** Where this module's classes are, to add to a class loader built over a project's class path. */
    public static Path generatorLocation() {
        try {
            return Path.of(JpaTargetSchemaSource.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Schema load(Connection connection, SchemaDialect dialect) {
        String product;
        try {
            product = connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new SchemaException("Cannot read the database's product name: " + e.getMessage(), e);
        }
        return DdlTargetSchemaSource.generated("the DDL Hibernate generated for " + managedClasses.size()
                + " entity classes", ddl(connection), "Hibernate generated this statement for " + product
                + " from the entity mapping; check the mapping (columnDefinition, names) or name the dialect the "
                + "application uses (spring.jpa.database-platform)").load(connection, dialect);
    }

    /** Hibernate's create script for the entities, in the dialect of {@code connection}'s database. */
    public String ddl(Connection connection) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("classes", managedClasses);
        request.put("classLoader", classLoader);
        request.put("settings", hibernateSettings(connection));
        Function<Map<String, Object>, String> generator = generator();
        String ddl;
        try {
            ddl = generator.apply(request);
        } catch (RuntimeException e) {
            throw new SchemaException("Hibernate cannot build the target schema from the entities: " + message(e)
                    + ". Fix the mapping (the application would fail to start the same way)", e);
        } catch (LinkageError e) {
            throw new ConfigurationException("The project's Hibernate cannot be used to build the target schema ("
                    + e + "): Retort needs Hibernate 6.2 or later on the project's runtime class path", e);
        }
        log.debug("Hibernate's create script for the target:\n{}", ddl);
        return ddl;
    }

    private Map<String, Object> hibernateSettings(Connection connection) {
        Map<String, Object> out = new LinkedHashMap<>(settings);
        try {
            DatabaseMetaData md = connection.getMetaData();
            out.put("jakarta.persistence.database-product-name", md.getDatabaseProductName());
            out.put("jakarta.persistence.database-product-version", md.getDatabaseProductVersion());
            out.put("jakarta.persistence.database-major-version", String.valueOf(md.getDatabaseMajorVersion()));
            out.put("jakarta.persistence.database-minor-version", String.valueOf(md.getDatabaseMinorVersion()));
        } catch (SQLException e) {
            throw new SchemaException("Cannot read the database's product and version for Hibernate's dialect: "
                    + e.getMessage(), e);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private Function<Map<String, Object>, String> generator() {
        try {
            Class.forName("org.hibernate.boot.MetadataSources", false, classLoader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new ConfigurationException("Hibernate is not on the project's runtime class path: add "
                    + "org.hibernate.orm:hibernate-core (spring-boot-starter-data-jpa brings it), or set "
                    + "retort.autogenerate.source=schema to compare with schema files", e);
        }
        try {
            return (Function<Map<String, Object>, String>) Class.forName(GENERATOR, true, classLoader)
                    .getConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            throw new ConfigurationException("The class loader of the entities cannot see retort-jpa's " + GENERATOR
                    + ": add " + generatorLocation() + " to it", e);
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new ConfigurationException("The project's Hibernate cannot be used to build the target schema ("
                    + e + "): Retort needs Hibernate 6.2 or later", e);
        }
    }

    /** The innermost message, where Hibernate says which entity and attribute is wrong. */
    private static String message(Throwable e) {
        StringBuilder b = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            if (c.getMessage() != null && !b.toString().contains(c.getMessage())) {
                b.append(": ").append(c.getMessage());
            }
        }
        return b.toString();
    }
}
