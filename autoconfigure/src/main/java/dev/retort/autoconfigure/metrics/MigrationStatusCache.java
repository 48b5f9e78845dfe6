package dev.retort.autoconfigure.metrics;

import dev.retort.Retort;
import dev.retort.command.StatusCommand;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One engine's status, read at most once per {@code ttl} so a scrape of three gauges costs one read. */
final class MigrationStatusCache {

    private static final Logger log = LoggerFactory.getLogger(MigrationStatusCache.class);

    private final Retort retort;
    private final String target;
    private final long ttlNanos;
    private StatusCommand.Result result;
    private long readAt;

    MigrationStatusCache(Retort retort, String target, Duration ttl) {
        this.retort = retort;
        this.target = target;
        this.ttlNanos = ttl.toNanos();
    }

    /** The status, or null when the database cannot be read. */
    synchronized StatusCommand.Result get() {
        long now = System.nanoTime();
        if (result == null || now - readAt > ttlNanos) {
            try {
                result = retort.status(target);
                readAt = now;
            } catch (RuntimeException e) {
                log.warn("Cannot read the migration state for the retort gauges: {}", e.getMessage(), e);
                result = null;
            }
        }
        return result;
    }
}
