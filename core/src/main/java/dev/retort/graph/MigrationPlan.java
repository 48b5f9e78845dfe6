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

    /**
     * The most characters of statements {@link #splitStatements()} keeps for the run (about twice that in bytes):
     * a plan of small scripts is lexed once, not before and again while it runs; a large one only up to this.
     */
    static final int KEEP_CHARS = 1 << 20;

    /**
     * Splits every SQL body the plan will run, so a malformed script fails before any SQL runs, keeping the
     * statements (up to {@link #KEEP_CHARS} in all) for the run that follows.
     */
    public void splitStatements() {
        int budget = KEEP_CHARS;
        for (PlanStep step : steps) {
            if (step.body() instanceof RevisionBody.Sql sql) {
                budget -= sql.split(budget);
            }
        }
    }
}
