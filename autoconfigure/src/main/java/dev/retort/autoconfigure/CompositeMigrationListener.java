package dev.retort.autoconfigure;

import dev.retort.MigrationListener;
import dev.retort.graph.MigrationPlan;
import dev.retort.graph.PlanStep;
import java.time.Duration;
import java.util.List;

/** Passes each plan and step event to every {@link MigrationListener} bean, in order. */
record CompositeMigrationListener(List<MigrationListener> listeners) implements MigrationListener {

    @Override
    public void beforePlan(MigrationPlan plan) {
        listeners.forEach(l -> l.beforePlan(plan));
    }

    @Override
    public void beforeStep(PlanStep step) {
        listeners.forEach(l -> l.beforeStep(step));
    }

    @Override
    public void afterStep(PlanStep step, Duration duration, Throwable failure) {
        listeners.forEach(l -> l.afterStep(step, duration, failure));
    }
}
