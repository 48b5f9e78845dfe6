package dev.retort.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.MigrationListener;
import dev.retort.graph.MigrationPlan;
import dev.retort.graph.PlanStep;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every listener bean hears every call, beforePlan included. */
class CompositeMigrationListenerTests {

    @Test
    void everyCallReachesEveryListenerInOrder() {
        List<String> calls = new ArrayList<>();
        MigrationListener recording = new MigrationListener() {
            @Override
            public void beforePlan(MigrationPlan plan) {
                calls.add("plan");
            }

            @Override
            public void beforeStep(PlanStep step) {
                calls.add("before");
            }

            @Override
            public void afterStep(PlanStep step, Duration duration, Throwable failure) {
                calls.add("after");
            }
        };
        MigrationListener composite = new CompositeMigrationListener(List.of(recording, recording));
        composite.beforePlan(null);
        composite.beforeStep(null);
        composite.afterStep(null, Duration.ZERO, null);
        assertThat(calls).containsExactly("plan", "plan", "before", "before", "after", "after");
    }
}
