package dev.retort.graph;

import dev.retort.script.RevisionBody;
import java.util.List;

/** What a command will do: ordered steps from the current version rows to the target rows. */
public record MigrationPlan(List<String> fromHeads, List<String> toHeads, List<PlanStep> steps) {

    /**
     * Copies the lists.
     *
     * @param fromHeads the version rows before
     * @param toHeads the version rows after
     * @param steps the steps, in the order they run
     */
    public MigrationPlan {
        fromHeads = List.copyOf(fromHeads);
        toHeads = List.copyOf(toHeads);
        steps = List.copyOf(steps);
    }

    /** {@return whether there is nothing to do} */
    public boolean isEmpty() {
        return steps.isEmpty();
    }

    /** Splits every SQL body the plan will run, so a malformed script fails before any SQL runs. */
    public void splitStatements() {
        for (PlanStep step : steps) {
            if (step.body() instanceof RevisionBody.Sql sql) {
                sql.count();
            }
        }
    }
}
