package dev.retort.autoconfigure.actuate;

import dev.retort.Retort;
import dev.retort.command.StatusCommand;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/**
 * Health {@code migrations}: UP when every engine's database is at the target, the configured status (default
 * OUT_OF_SERVICE) with the pending revisions and problems when not, DOWN with the reason when a database cannot be
 * read (a failed read is not reused, so health recovers with the database). One read of the state tables answers the
 * checks of {@code retort.status-cache} (5 s).
 */
public class RetortHealthIndicator extends AbstractHealthIndicator {

    private final Map<String, Retort> engines;
    private final String target;
    private final Status notAtTarget;
    private final Duration statusCache;

    /**
     * Reports the given engines against {@code target}.
     *
     * @param engines the engines by bean name
     * @param target the revision identifier the databases should be at
     * @param notAtTarget the status reported when a database is not at the target
     */
    public RetortHealthIndicator(Map<String, Retort> engines, String target, Status notAtTarget) {
        this(engines, target, notAtTarget, Duration.ZERO);
    }

    /**
     * Reports the given engines against {@code target}, reusing a read of the state for {@code statusCache}.
     *
     * @param engines the engines by bean name
     * @param target the revision identifier the databases should be at
     * @param notAtTarget the status reported when a database is not at the target
     * @param statusCache how long one read of the state tables answers checks ({@code retort.status-cache})
     */
    public RetortHealthIndicator(Map<String, Retort> engines, String target, Status notAtTarget,
            Duration statusCache) {
        super("Cannot read the migration state of the database");
        this.engines = Map.copyOf(engines);
        this.target = target;
        this.notAtTarget = notAtTarget;
        this.statusCache = statusCache;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        boolean atTarget = true;
        boolean readable = true;
        Map<String, Object> details = new LinkedHashMap<>();
        for (Map.Entry<String, Retort> engine : engines.entrySet()) {
            StatusCommand.Result status;
            try {
                status = engine.getValue().status(target, statusCache);
            } catch (RuntimeException e) {
                // the database is down or not there yet: say why, and look again on the next check
                readable = false;
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("target", target);
                d.put("error", e.getMessage());
                details.put(engine.getKey(), d);
                continue;
            }
            boolean ok = status.upToDate() && status.problems().isEmpty();
            atTarget &= ok;
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("target", target);
            d.put("current", status.current());
            d.put("upToDate", ok);
            if (!status.pending().isEmpty()) {
                d.put("pending", status.pending());
            }
            if (!status.problems().isEmpty()) {
                d.put("problems", status.problems());
            }
            details.put(engine.getKey(), d);
        }
        builder.status(!readable ? Status.DOWN : atTarget ? Status.UP : notAtTarget).withDetails(details);
    }
}
