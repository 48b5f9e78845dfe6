package dev.retort.autoconfigure.metrics;

import dev.retort.MigrationListener;
import dev.retort.autoconfigure.EngineScopedListener;
import dev.retort.graph.PlanStep;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * Records timer {@code retort.migration} (tags {@code engine}, {@code direction}, {@code outcome}) for each executed
 * step.
 */
public class MigrationTimerListener implements EngineScopedListener {

    private final MeterRegistry registry;
    private final String engine;

    /**
     * Records timers in {@code registry}.
     *
     * @param registry the application's meter registry
     */
    public MigrationTimerListener(MeterRegistry registry) {
        this(registry, "retort");
    }

    private MigrationTimerListener(MeterRegistry registry, String engine) {
        this.registry = registry;
        this.engine = engine;
    }

    @Override
    public MigrationListener forEngine(String engine) {
        return new MigrationTimerListener(registry, engine);
    }

    @Override
    public void afterStep(PlanStep step, Duration duration, Throwable failure) {
        Timer.builder("retort.migration")
                .description("Time taken to run one revision")
                .tag("engine", engine)
                .tag("direction", step.operation().sqlName())
                .tag("outcome", failure == null ? "success" : "failure")
                .register(registry)
                .record(duration);
    }
}
