package dev.retort.autoconfigure.metrics;

import dev.retort.MigrationListener;
import dev.retort.graph.PlanStep;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/** Records timer {@code retort.migration} (tags {@code direction}, {@code outcome}) for each executed step. */
public class MigrationTimerListener implements MigrationListener {

    private final MeterRegistry registry;

    /**
     * Records timers in {@code registry}.
     *
     * @param registry the application's meter registry
     */
    public MigrationTimerListener(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void afterStep(PlanStep step, Duration duration, Throwable failure) {
        Timer.builder("retort.migration")
                .description("Time taken to run one revision")
                .tag("direction", step.operation().sqlName())
                .tag("outcome", failure == null ? "success" : "failure")
                .register(registry)
                .record(duration);
    }
}
