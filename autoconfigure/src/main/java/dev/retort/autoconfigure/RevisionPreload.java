package dev.retort.autoconfigure;

import dev.retort.JavaRevision;
import dev.retort.Retort;
import dev.retort.RetortConfiguration;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.Dialects;
import dev.retort.script.LocationScanner;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Collections;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.WeakHashMap;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The application's revisions, read on a background thread while Spring Boot prepares the context, from the same
 * {@code retort.*} properties and database URL the {@code retort} bean reads. The bean takes them only when its own
 * configuration, customizers applied, loads the same revisions ({@link RetortConfiguration#load(Retort)}); whatever
 * differs or fails here is read again by the bean, on the main thread, and fails there exactly as without this.
 * Nothing is read when it could log or run application code: a missing location, Java revisions from the service
 * loader, no URL that names the dialect.
 */
final class RevisionPreload {

    private static final Logger log = LoggerFactory.getLogger(RevisionPreload.class);

    /** One read per application start, by its environment (weakly: an unused one goes with its application). */
    private static final Map<Environment, CompletableFuture<Retort>> READS =
            Collections.synchronizedMap(new WeakHashMap<>());

    private RevisionPreload() {
    }

    /** Registers the read for {@code environment}, to be done by {@link #read}; the bean waits for it. */
    static CompletableFuture<Retort> expect(Environment environment) {
        CompletableFuture<Retort> read = new CompletableFuture<>();
        READS.put(environment, read);
        return read;
    }

    /** Reads the revisions into {@code read} (with {@code null} when it does not apply or fails), on this thread. */
    static void read(Environment environment, ClassLoader classLoader, CompletableFuture<Retort> read) {
        // java.lang.management is loaded only for the debug line: every start pays this thread's class loading
        ThreadMXBean threads = log.isDebugEnabled() ? ManagementFactory.getThreadMXBean() : null;
        long start = System.nanoTime();
        long cpu = threads == null ? 0 : threads.getCurrentThreadCpuTime();
        Retort loaded = null;
        try {
            loaded = load(environment, classLoader);
        } catch (RuntimeException | LinkageError e) {
            // the bean reads them again and reports what is wrong, where it always has
            log.debug("Reading the revisions ahead failed; the retort bean reads them: {}", e.toString());
        } finally {
            read.complete(loaded);
        }
        if (loaded != null && threads != null) {
            log.debug("Read {} revisions ahead in {} ms ({} ms CPU) on {}", loaded.graph().size(),
                    (System.nanoTime() - start) / 1_000_000, (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000,
                    Thread.currentThread().getName());
        }
    }

    /**
     * {@return the engine read ahead for {@code environment}, once, waiting for it; {@code null} when there is none}
     */
    static Retort take(Environment environment) {
        CompletableFuture<Retort> read = READS.remove(environment);
        if (read == null) {
            return null;
        }
        try {
            return read.join();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** {@return the migration database's URL as configured ({@code retort.url}, else the DataSource's), or null} */
    static String configuredUrl(Environment environment) {
        String url = environment.getProperty("retort.url");
        return StringUtils.hasText(url) ? url : environment.getProperty("spring.datasource.url");
    }

    private static Retort load(Environment environment, ClassLoader classLoader) {
        String url = configuredUrl(environment);
        Dialect dialect = StringUtils.hasText(url) ? Dialects.forUrl(url, classLoader) : null;
        if (dialect == null) {
            return null; // the engine learns its dialect on a connection: parsing waits for it
        }
        RetortProperties properties = Binder.get(environment).bind("retort", RetortProperties.class)
                .orElseGet(RetortProperties::new);
        LocationScanner scanner = new LocationScanner(classLoader);
        for (String location : properties.getLocations()) {
            if (!scanner.exists(location)) {
                return null; // the bean warns or fails, once
            }
        }
        if (ServiceLoader.load(JavaRevision.class, classLoader).stream().findAny().isPresent()) {
            return null; // application code: instantiated by the bean, as always
        }
        return Retort.configure().dialect(dialect.name()).locations(properties.getLocations())
                .failOnMissingLocations(properties.isFailOnMissingLocations())
                .placeholders(properties.getPlaceholders())
                .placeholderReplacement(properties.isPlaceholderReplacement()).classLoader(classLoader).load();
    }
}
