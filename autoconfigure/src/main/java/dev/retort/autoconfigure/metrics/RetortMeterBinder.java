package dev.retort.autoconfigure.metrics;

import dev.retort.Retort;
import dev.retort.command.StatusCommand;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** Gauges {@code retort.revisions.pending}, {@code retort.revisions.applied} and {@code retort.heads}, tagged by engine. */
public class RetortMeterBinder implements MeterBinder {

    private static final Duration STATUS_TTL = Duration.ofSeconds(5);

    private final Map<String, Retort> engines;
    private final String target;

    /**
     * Gauges for the given engines, counted up to {@code target}.
     *
     * @param engines the engines by bean name
     * @param target the revision identifier pending revisions are counted up to
     */
    public RetortMeterBinder(Map<String, Retort> engines, String target) {
        this.engines = Map.copyOf(engines);
        this.target = target;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        engines.forEach((name, retort) -> {
            MigrationStatusCache cache = new MigrationStatusCache(retort, target, STATUS_TTL);
            gauge(registry, "retort.revisions.pending", "Revisions an upgrade to the target would apply", name, cache,
                    s -> s.pending().size());
            gauge(registry, "retort.revisions.applied", "Revisions applied to the database", name, cache,
                    s -> s.revisions().stream().filter(r -> r.state() == StatusCommand.State.APPLIED
                            || r.state() == StatusCommand.State.CURRENT).count());
            gauge(registry, "retort.heads", "Heads of the revision graph", name, cache, s -> s.heads().size());
        });
    }

    private static void gauge(MeterRegistry registry, String metric, String description, String engine,
            MigrationStatusCache cache, ToDoubleFunction<StatusCommand.Result> value) {
        Gauge.builder(metric, cache, c -> {
            StatusCommand.Result status = c.get();
            return status == null ? Double.NaN : value.applyAsDouble(status);
        }).description(description).tag("engine", engine).strongReference(true).register(registry);
    }
}
