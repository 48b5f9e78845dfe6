package dev.retort.exec;

import dev.retort.graph.PlanStep;

/** A step that ran, and how long it took. */
public record AppliedStep(PlanStep.Operation operation, String revision, String message, long durationMs) {
}
