package dev.retort;

import dev.retort.graph.MigrationPlan;
import dev.retort.graph.PlanStep;
import java.time.Duration;

/** Hears about each executed step; the starter uses it for metrics, observations and logs. */
public interface MigrationListener {

    /**
     * Called once before the first step of a plan runs (not for dry runs); progress reporting uses its size.
     *
     * @param plan the steps about to run
     */
    default void beforePlan(MigrationPlan plan) {
    }

    /**
     * Called before a step runs.
     *
     * @param step the revision and direction about to run
     */
    default void beforeStep(PlanStep step) {
    }

    /**
     * Called after a step ran or failed.
     *
     * @param step the step
     * @param duration how long it took
     * @param failure null when the step succeeded
     */
    default void afterStep(PlanStep step, Duration duration, Throwable failure) {
    }
}
