package dev.retort.autoconfigure.metrics;

import dev.retort.MigrationListener;
import dev.retort.autoconfigure.EngineScopedListener;
import dev.retort.graph.PlanStep;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Wraps each executed step in an Observation {@code retort.migration} (revision id as a high-cardinality key),
 * in scope while the step runs so that JDBC observations of its statements become its children.
 */
public class MigrationObservationListener implements EngineScopedListener {

    private final ObservationRegistry registry;
    private final String engine;
    private final Map<PlanStep, Running> running = Collections.synchronizedMap(new IdentityHashMap<>());

    /**
     * Records observations in {@code registry}.
     *
     * @param registry the application's observation registry
     */
    public MigrationObservationListener(ObservationRegistry registry) {
        this(registry, "retort");
    }

    private MigrationObservationListener(ObservationRegistry registry, String engine) {
        this.registry = registry;
        this.engine = engine;
    }

    @Override
    public MigrationListener forEngine(String engine) {
        return new MigrationObservationListener(registry, engine);
    }

    @Override
    public void beforeStep(PlanStep step) {
        Observation observation = Observation.createNotStarted("retort.migration", registry)
                .contextualName(step.operation().sqlName() + " " + step.revision())
                .lowCardinalityKeyValue("engine", engine)
                .lowCardinalityKeyValue("direction", step.operation().sqlName())
                .highCardinalityKeyValue("revision", step.revision())
                .start();
        running.put(step, new Running(observation, observation.openScope()));
    }

    @Override
    public void afterStep(PlanStep step, Duration duration, Throwable failure) {
        Running run = running.remove(step);
        if (run == null) {
            return;
        }
        run.scope().close();
        run.observation().lowCardinalityKeyValue("outcome", failure == null ? "success" : "failure");
        if (failure != null) {
            run.observation().error(failure);
        }
        run.observation().stop();
    }

    private record Running(Observation observation, Observation.Scope scope) {
    }
}
