package dev.retort.exec;

import dev.retort.graph.PlanStep;
import java.util.List;

/**
 * A step that ran, and how long it took.
 *
 * @param fromRevisions the version rows the step replaced (empty from base)
 * @param toRevisions the version rows it wrote (empty down to base)
 */
public record AppliedStep(PlanStep.Operation operation, String revision, List<String> fromRevisions,
        List<String> toRevisions, String message, long durationMs) {

    public AppliedStep {
        fromRevisions = List.copyOf(fromRevisions);
        toRevisions = List.copyOf(toRevisions);
    }

    /** The record of {@code step} having run in {@code durationMs}. */
    public static AppliedStep of(PlanStep step, long durationMs) {
        return new AppliedStep(step.operation(), step.revision(), step.fromRevisions(), step.toRevisions(),
                step.script() == null ? "" : step.script().message(), durationMs);
    }
}
