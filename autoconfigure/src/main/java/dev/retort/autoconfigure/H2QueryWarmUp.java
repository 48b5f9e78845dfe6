package dev.retort.autoconfigure;

import dev.retort.dialect.Dialects;
import dev.retort.state.StateTables;
import java.sql.Connection;
import java.sql.Driver;
import java.util.Properties;
import org.springframework.core.env.Environment;

/**
 * When the application's database is H2, runs the startup upgrade's state queries once on the background thread
 * against a private in-memory H2 database: H2 runs every query on the calling thread, so its parser, catalog and
 * union classes would otherwise be loaded and interpreted cold by the upgrade on the main thread. It never opens the
 * application's database and writes no file; best effort (whatever fails here is left to the real upgrade).
 */
final class H2QueryWarmUp {

    /** An unnamed in-memory database: private to its one connection, gone when that closes. */
    static final String PRIVATE_DATABASE = "jdbc:h2:mem:";

    private H2QueryWarmUp() {
    }

    /**
     * {@return whether the queries ran} Only for an embedded H2 URL and a startup that queries the state tables: over
     * {@code tcp:} or {@code ssl:} the server runs the queries, and the client never loads H2's engine.
     */
    static boolean run(Environment environment, ClassLoader classLoader) {
        if (!embedded(RevisionPreload.configuredUrl(environment))
                || "none".equalsIgnoreCase(environment.getProperty("retort.startup", "").strip())) {
            return false;
        }
        try {
            // by name: the starter does not depend on H2; the application's own driver class is the one to warm
            Driver driver = (Driver) Class.forName("org.h2.Driver", true, classLoader).getDeclaredConstructor()
                    .newInstance();
            try (Connection c = driver.connect(PRIVATE_DATABASE, new Properties())) {
                RetortProperties defaults = new RetortProperties();
                StateTables tables = new StateTables(Dialects.byName("h2", classLoader), null,
                        environment.getProperty("retort.version-table", defaults.getVersionTable()),
                        environment.getProperty("retort.history-table", defaults.getHistoryTable()));
                tables.create(c, tables.existence(c));
                tables.existence(c); // again with both tables there, as the no-op upgrade finds them
                tables.readCompact(c);
            }
            return true;
        } catch (Exception | LinkageError e) {
            return false; // a head start only
        }
    }

    /** {@return whether {@code url} opens H2 in this JVM (file, memory, {@code AUTO_SERVER}), not on a server} */
    static boolean embedded(String url) {
        if (url == null || !url.regionMatches(true, 0, "jdbc:h2:", 0, 8)) {
            return false;
        }
        return !url.regionMatches(true, 8, "tcp:", 0, 4) && !url.regionMatches(true, 8, "ssl:", 0, 4);
    }
}
