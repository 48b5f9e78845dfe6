package dev.retort.test;

import dev.retort.ConfigurationException;
import dev.retort.Retort;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives {@link RetortMigrationTests}' default methods what an interface cannot hold: the running test's
 * {@link ExtensionContext}, from which the Spring test context (and so the {@link Retort} bean) is found and to
 * which notes are published.
 */
final class KitExtension implements BeforeEachCallback, AfterEachCallback {

    private static final boolean SPRING_TEST = present("org.springframework.test.context.junit.jupiter.SpringExtension")
            && present("org.springframework.context.ApplicationContext");

    /** The running test of each test instance; by identity, as instances may define equals. */
    private static final Map<Object, ExtensionContext> RUNNING = Collections.synchronizedMap(new IdentityHashMap<>());

    @Override
    public void beforeEach(ExtensionContext context) {
        RUNNING.put(context.getRequiredTestInstance(), context);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        RUNNING.remove(context.getRequiredTestInstance());
    }

    /** The engine of a Spring test: the context's only {@link Retort} bean. */
    static Retort engineOf(RetortMigrationTests test) {
        ExtensionContext context = RUNNING.get(test);
        String name = test.getClass().getName();
        if (context == null) {
            throw new ConfigurationException(name + ".retort() was called outside a JUnit Jupiter test method; "
                    + "override retort() to return the engine");
        }
        if (SPRING_TEST && SpringEngines.isSpringTest(context.getRequiredTestClass())) {
            return SpringEngines.engine(context);
        }
        throw new ConfigurationException(name + " has no Retort engine: it is not a Spring test and does not override "
                + "retort(). Annotate it with @SpringBootTest (or @JdbcTest, @DataJpaTest) in an application that uses "
                + "the Retort starter, or override Retort retort() to return one, e.g. "
                + "Retort.configure().dataSource(dataSource).load()");
    }

    /** Notes of the running test: a report entry (shown by IDEs and build reports) and a line on standard out. */
    static Consumer<String> notes(RetortMigrationTests test) {
        ExtensionContext context = RUNNING.get(test);
        return note -> {
            if (context != null) {
                context.publishReportEntry("retort", note);
            }
            System.out.println("[retort-test] " + note);
        };
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, KitExtension.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
