package dev.retort.autoconfigure;

import dev.retort.Retort;
import dev.retort.RetortConfiguration;
import dev.retort.dialect.Dialects;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.NativeDetector;
import org.springframework.core.env.Environment;

/**
 * Reads the application's revisions ({@link RevisionPreload}) and loads and initializes the classes a Retort start runs
 * (configuration, scanning and parsing, the graph, the upgrade) on a background thread while Spring Boot prepares the
 * context, so the migration beans do not pay for it on the main thread, as Spring Boot's own
 * {@code BackgroundPreinitializer} does for other libraries. It never connects to the application's database (for
 * an H2 one it runs the upgrade's state queries on a private in-memory database: {@link H2QueryWarmUp}). Off with
 * {@code retort.enabled=false}, with Spring Boot's {@code -Dspring.backgroundpreinitializer.ignore=true}, in a native
 * image and on a single CPU.
 */
public class RetortBackgroundPreinitializer implements ApplicationListener<SpringApplicationEvent> {

    /** Spring Boot's switch for its background preinitializer, honoured here too. */
    static final String IGNORE_PROPERTY = "spring.backgroundpreinitializer.ignore";

    /** The bundled revisions the warm-up parses. */
    static final String WARM_UP_LOCATION = "classpath:dev/retort/autoconfigure/warmup";

    /**
     * Classes of the no-op upgrade that loading an engine does not touch: the command, the run, the state reads. A name
     * that no longer exists is skipped (the warm-up is only ever a head start).
     */
    static final List<String> UPGRADE_CLASSES = List.of(
            "dev.retort.command.UpgradeCommand", "dev.retort.command.DatabaseState", "dev.retort.command.MigrationRun",
            "dev.retort.command.StateReader", "dev.retort.command.ChecksumMismatchException",
            "dev.retort.exec.MigrationExecutor", "dev.retort.exec.MigrationFailedException",
            "dev.retort.dialect.LockLostException", "dev.retort.state.StateTables", "dev.retort.state.HistoryEntry",
            "dev.retort.state.StateTables$Existence", "dev.retort.graph.VersionRows", "dev.retort.graph.MigrationPlan",
            "dev.retort.graph.PlanStep", "dev.retort.tenant.TenantFailedException");

    /**
     * The starter's own classes that the migration beans use or that Spring reads while it processes the
     * configuration. By name: a class literal here would load them on the main thread, when this class initializes.
     * The endpoint, health and metrics classes need their libraries and are skipped without them.
     */
    static final List<String> STARTER_CLASSES = List.of("dev.retort.autoconfigure.MigrationDataSources",
            "dev.retort.autoconfigure.CompositeMigrationListener", "dev.retort.autoconfigure.FirstConnection",
            "dev.retort.autoconfigure.StartupMigrationStrategy", "dev.retort.autoconfigure.RetortMigrationInitializer",
            "dev.retort.autoconfigure.RetortMigrationInitializer$EngineStartup",
            "dev.retort.autoconfigure.NamedEnginesRegistrar", "dev.retort.autoconfigure.RetortTenants",
            "dev.retort.autoconfigure.actuate.RetortEndpoint", "dev.retort.autoconfigure.actuate.RetortHealthIndicator",
            "dev.retort.autoconfigure.metrics.MigrationObservationListener",
            "dev.retort.autoconfigure.metrics.MigrationTimerListener",
            "dev.retort.autoconfigure.metrics.RetortMeterBinder");

    private static final AtomicBoolean started = new AtomicBoolean();

    @Override
    public void onApplicationEvent(SpringApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared && enabled(prepared.getEnvironment())) {
            Environment environment = prepared.getEnvironment();
            ClassLoader classLoader = prepared.getSpringApplication().getClassLoader();
            // every start reads its own revisions; the classes are warmed once per JVM
            boolean first = started.compareAndSet(false, true);
            CompletableFuture<Retort> read = RevisionPreload.expect(environment);
            Thread thread = new Thread(() -> {
                RevisionPreload.read(environment, classLoader, read);
                if (first) {
                    warmUp(classLoader, read.getNow(null) == null);
                    H2QueryWarmUp.run(environment, classLoader);
                }
            }, "retort-preinit");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            try {
                thread.start();
            } catch (RuntimeException | OutOfMemoryError e) {
                read.complete(null); // no thread: the bean must not wait for a read that never runs
            }
        }
    }

    static boolean enabled(Environment environment) {
        // a native image has no classes to load and no interpreter to warm
        return !Boolean.getBoolean(IGNORE_PROPERTY) && !NativeDetector.inNativeImage()
                && Runtime.getRuntime().availableProcessors() > 1
                && environment.getProperty("retort.enabled", Boolean.class, true);
    }

    /** Best effort: whatever fails here fails again, and is reported, where the application really uses it. */
    static void warmUp(ClassLoader classLoader) {
        warmUp(classLoader, true);
    }

    /** @param load whether to load the bundled revisions too (not needed after the application's were read ahead) */
    static void warmUp(ClassLoader classLoader, boolean load) {
        try {
            // as the retort bean builds its engine: secrets, the dialect from a URL, then load
            Dialects.forUrl(H2QueryWarmUp.PRIVATE_DATABASE, classLoader);
            RetortConfiguration configuration = Retort.configure().dialect("h2")
                    .secretsOf(H2QueryWarmUp.PRIVATE_DATABASE, null)
                    .locations(WARM_UP_LOCATION).serviceLoader(false).classLoader(classLoader);
            if (load) {
                configuration.load().graph();
            }
            // Spring reflects on the engine's bean class (a destroy method to infer): every type its public methods
            // name is loaded then, the command results among them
            Class.forName(Retort.class.getName(), false, classLoader).getMethods();
            load(STARTER_CLASSES, classLoader);
            load(UPGRADE_CLASSES, classLoader);
        } catch (ClassNotFoundException | RuntimeException | LinkageError e) {
            // a head start only
        }
    }

    private static void load(List<String> names, ClassLoader classLoader) {
        for (String name : names) {
            try {
                Class.forName(name, true, classLoader);
            } catch (ClassNotFoundException | LinkageError e) {
                // renamed or removed, or its library is absent: nothing to warm
            }
        }
    }
}
