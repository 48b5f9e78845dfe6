package dev.retort.state;

import java.time.Instant;
import java.util.List;

/**
 * One row of the history table.
 *
 * @param success {@code null} while a non-transactional revision is running or after it failed part-way
 * @param failedStatement 1-based index of the statement that failed, or null
 */
public record HistoryEntry(
        long id,
        String revision,
        String operation,
        List<String> fromRevisions,
        List<String> toRevisions,
        String message,
        String checksum,
        Boolean success,
        Integer failedStatement,
        String error,
        Instant startedAt,
        Long durationMs,
        String installedBy,
        String retortVersion) {

    /**
     * {@return true for a non-transactional revision that stopped part-way} The database needs a human before the next
     * run.
     */
    public boolean isPartial() {
        return success == null;
    }
}
