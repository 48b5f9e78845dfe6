package dev.retort.script;

import dev.retort.JavaRevision;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/** Loads every revision of the configured locations, explicit Java revisions and ServiceLoader ones. */
public final class RevisionLoader {

    private final LocationScanner scanner;
    private final SqlRevisionParser parser;
    private final ClassLoader classLoader;

    /**
     * @param classLoader the class loader for {@code classpath:} locations and the service loader
     * @param flavor how SQL files are lexed
     * @param placeholders values of {@code ${name}} placeholders
     */
    public RevisionLoader(ClassLoader classLoader, SqlFlavor flavor, Map<String, String> placeholders) {
        this.classLoader = classLoader;
        this.scanner = new LocationScanner(classLoader);
        this.parser = new SqlRevisionParser(flavor, placeholders);
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
            for (ScriptResource resource : scanner.scan(location)) {
                scripts.add(parser.parse(resource.name(), resource.content()));
            }
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
}
