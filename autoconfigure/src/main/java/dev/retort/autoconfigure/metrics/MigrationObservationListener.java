package dev.retort.autoconfigure.metrics;

import dev.retort.MigrationListener;
import dev.retort.graph.PlanStep;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;

/** Wraps each executed step in an Observation {@code retort.migration}, revision id as a high-cardinality key. */
public class MigrationObservationListener implements MigrationListener {

    private final ObservationRegistry registry;
    private final Map<PlanStep, Observation> running = Collections.synchronizedMap(new IdentityHashMap<>());

    public MigrationObservationListener(ObservationRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void beforeStep(PlanStep step) {
        Observation observation = Observation.createNotStarted("retort.migration", registry)
                .contextualName(step.operation().sqlName() + " " + step.revision())
                .lowCardinalityKeyValue("direction", step.operation().sqlName())
                .highCardinalityKeyValue("revision", step.revision());
        running.put(step, observation.start());
    }

    @Override
    public void afterStep(PlanStep step, Duration duration, Throwable failure) {
        Observation observation = running.remove(step);
        if (observation == null) {
            return;
        }
        observation.lowCardinalityKeyValue("outcome", failure == null ? "success" : "failure");
        if (failure != null) {
            observation.error(failure);
        }
        observation.stop();
    }
}
