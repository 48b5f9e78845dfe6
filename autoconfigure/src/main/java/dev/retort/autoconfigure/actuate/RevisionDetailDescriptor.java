package dev.retort.autoconfigure.actuate;

import java.time.Instant;
import java.util.List;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;

/**
 * Body of {@code GET /actuator/migrations/{revision}}: one revision with its SQL.
 *
 * @param engine bean name of the engine the revision belongs to
 * @param downgradeSql null when the revision is irreversible
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RevisionDetailDescriptor(String engine, String revision, List<String> downRevisions,
        List<String> branchLabels, List<String> dependsOn, List<String> children, String message, String state,
        Instant appliedAt, Long durationMs, String checksum, String file, String upgradeSql, String downgradeSql)
        implements OperationResponseBody {
}
