package dev.retort.command;

import dev.retort.state.HistoryEntry;
import java.util.List;

/**
 * The version rows and history as read at the start of a command. A migrating command reads the history compactly:
 * only the successful upgrades (id, revision, operation, checksum, success) and, last, the newest row in full when it
 * marks a step that stopped part-way; commands that show the history read every row in full.
 */
public record DatabaseState(boolean versionTableExists, boolean historyTableExists, List<String> versions,
        List<HistoryEntry> history) {

    /**
     * Copies both lists.
     *
     * @param versionTableExists whether the version table exists
     * @param historyTableExists whether the history table exists
     * @param versions the version rows
     * @param history the history rows (or the compact subset), oldest first
     */
    public DatabaseState {
        versions = List.copyOf(versions);
        history = List.copyOf(history);
    }

    /** {@return the newest history row when it marks a step that stopped part-way, else null} */
    public HistoryEntry unresolvedPartial() {
        if (history.isEmpty()) {
            return null;
        }
        HistoryEntry last = history.get(history.size() - 1);
        return last.isPartial() ? last : null;
    }
}
