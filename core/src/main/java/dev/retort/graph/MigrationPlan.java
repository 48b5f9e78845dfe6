package dev.retort.graph;

import java.util.List;

/** What a command will do: ordered steps from the current version rows to the target rows. */
public record MigrationPlan(List<String> fromHeads, List<String> toHeads, List<PlanStep> steps) {

    public MigrationPlan {
        fromHeads = List.copyOf(fromHeads);
        toHeads = List.copyOf(toHeads);
        steps = List.copyOf(steps);
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }
}
