package dev.retort.command;

import dev.retort.exec.AppliedStep;
import java.util.List;

/**
 * What an upgrade, downgrade or stamp did.
 *
 * @param sql the rendered SQL when run with dry-run/offline, else null
 */
public record MigrationResult(List<String> fromHeads, List<String> toHeads, List<AppliedStep> steps, long durationMs,
        String sql) {

    /**
     * Copies the lists.
     *
     * @param fromHeads the versions before
     * @param toHeads the versions after
     * @param steps the steps that ran
     * @param durationMs how long it took
     * @param sql the rendered SQL when run with dry-run/offline, else null
     */
    public MigrationResult {
        fromHeads = List.copyOf(fromHeads);
        toHeads = List.copyOf(toHeads);
        steps = List.copyOf(steps);
    }
}
