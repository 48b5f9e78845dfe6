package dev.retort.autoconfigure.actuate;

import dev.retort.command.RevisionSummary;
import dev.retort.command.StatusCommand;
import dev.retort.state.HistoryEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;

/**
 * Body of {@code GET /actuator/migrations}: every Retort engine of every application context, keyed by context id
 * then engine bean name, in the frame of {@code /actuator/flyway} (SPEC §8).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record MigrationsDescriptor(Map<String, ContextMigrations> contexts) implements OperationResponseBody {

    /**
     * The engines of one application context, by bean name, as {@code /actuator/flyway} lists its beans.
     *
     * @param parentId id of the parent context, or null
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ContextMigrations(Map<String, EngineDescriptor> engines, String parentId) {
    }

    /**
     * The state of one engine's database.
     *
     * @param log a page of the history, newest first
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record EngineDescriptor(String versionTable, List<String> current, List<String> heads, boolean upToDate,
            List<String> pending, List<RevisionDescriptor> revisions, List<LogEntryDescriptor> log) {

        static EngineDescriptor of(StatusCommand.Result status, int logOffset, int logLimit) {
            List<HistoryEntry> newestFirst = new ArrayList<>(status.log());
            Collections.reverse(newestFirst);
            List<LogEntryDescriptor> page = newestFirst.stream().skip(logOffset).limit(logLimit)
                    .map(LogEntryDescriptor::of).toList();
            return new EngineDescriptor(status.versionTable(), status.current(), status.heads(), status.upToDate(),
                    status.pending(), status.revisions().stream().map(RevisionDescriptor::of).toList(), page);
        }
    }

    /** One revision of the graph (or an unknown version-table row) and whether it is applied. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record RevisionDescriptor(String revision, List<String> downRevisions, List<String> branchLabels,
            String message, String state, Instant appliedAt, Long durationMs, String checksum, String file) {

        static RevisionDescriptor of(StatusCommand.RevisionStatus status) {
            RevisionSummary r = status.revision();
            return new RevisionDescriptor(r.revision(), r.downRevisions(), r.branchLabels(), r.message(),
                    status.state().name().toLowerCase(Locale.ROOT), status.appliedAt(), status.durationMs(),
                    r.checksum(), r.source());
        }
    }

    /** One row of the history table. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record LogEntryDescriptor(String operation, String revision, Boolean success, Instant startedAt,
            Long durationMs, String installedBy, String error) {

        static LogEntryDescriptor of(HistoryEntry e) {
            return new LogEntryDescriptor(e.operation(), e.revision(), e.success(), e.startedAt(), e.durationMs(),
                    e.installedBy(), e.error());
        }
    }
}
