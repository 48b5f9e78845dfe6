package dev.retort.script;

import dev.retort.ConfigurationException;
import dev.retort.JavaRevision;
import dev.retort.RetortConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads every revision of the configured locations, explicit Java revisions and ServiceLoader ones. A location
 * that does not exist is an error, except the default one, which only logs a warning unless
 * {@code failOnMissingLocations} (Flyway's {@code fail-on-missing-locations}) is set.
 */
public final class RevisionLoader {

    private static final Logger log = LoggerFactory.getLogger(RevisionLoader.class);

    private final LocationScanner scanner;
    private final SqlRevisionParser parser;
    private final ClassLoader classLoader;
    private final boolean failOnMissingLocations;

    /**
     * @param classLoader the class loader for {@code classpath:} locations and the service loader
     * @param flavor how SQL files are lexed
     * @param placeholders values of {@code ${name}} placeholders
     */
    public RevisionLoader(ClassLoader classLoader, SqlFlavor flavor, Map<String, String> placeholders) {
        this(classLoader, () -> flavor, placeholders, false);
    }

    /** @param flavor asked for when a section is first split, so the dialect may be learnt after loading */
    public RevisionLoader(ClassLoader classLoader, Supplier<SqlFlavor> flavor, Map<String, String> placeholders,
            boolean failOnMissingLocations) {
        this(classLoader, flavor, Placeholders.of(placeholders), failOnMissingLocations);
    }

    /** @param placeholders the placeholder values and whether replacement is on */
    public RevisionLoader(ClassLoader classLoader, Supplier<SqlFlavor> flavor, Placeholders placeholders,
            boolean failOnMissingLocations) {
        this.classLoader = classLoader;
        this.scanner = new LocationScanner(classLoader);
        this.parser = new SqlRevisionParser(flavor, placeholders);
        this.failOnMissingLocations = failOnMissingLocations;
    }

    /**
     * {@return every revision, SQL files in location order, then Java revisions}
     *
     * @param locations {@code classpath:} or {@code filesystem:} locations
     * @param javaRevisions Java revisions given explicitly
     * @param useServiceLoader also pick up {@code META-INF/services/dev.retort.JavaRevision} entries
     */
    public List<RevisionScript> load(List<String> locations, List<JavaRevision> javaRevisions, boolean useServiceLoader) {
        List<RevisionScript> scripts = new ArrayList<>();
        for (String location : locations) {
            List<RevisionScript> found = scanner.load(location, parser);
            if (found.isEmpty() && !scanner.exists(location)) {
                missing(location);
            }
            scripts.addAll(found);
        }
        List<Class<?>> seen = new ArrayList<>();
        for (JavaRevision revision : javaRevisions) {
            seen.add(revision.getClass());
            scripts.add(JavaRevisionReader.read(revision));
        }
        if (useServiceLoader) {
            for (JavaRevision revision : ServiceLoader.load(JavaRevision.class, classLoader)) {
                if (!seen.contains(revision.getClass())) {
                    scripts.add(JavaRevisionReader.read(revision));
                }
            }
        }
        return scripts;
    }

    private void missing(String location) {
        boolean isDefault = LocationScanner.sameLocation(location, RetortConfiguration.DEFAULT_LOCATION);
        if (isDefault && !failOnMissingLocations) {
            log.warn("The revision location {} does not exist, so there are no revisions: create it and add "
                    + "revisions there, or point retort.locations at yours", location);
            return;
        }
        throw new ConfigurationException("The revision location " + location + " does not exist"
                + (isDefault ? " (retort.fail-on-missing-locations=true makes the default location required)" : "")
                + ": create it, or fix retort.locations");
    }
}
