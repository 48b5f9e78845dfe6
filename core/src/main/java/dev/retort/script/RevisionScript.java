package dev.retort.script;

import java.util.List;

/**
 * One revision as loaded from a SQL file or a Java class: its header, its two bodies and its checksum.
 *
 * @param downgrade {@code null} when the revision is irreversible
 * @param source where it came from, e.g. {@code classpath:db/revisions/1975ea83b712_add_users.sql}
 */
public record RevisionScript(
        String id,
        List<String> downRevisions,
        List<String> branchLabels,
        List<String> dependsOn,
        String message,
        String createDate,
        boolean transactional,
        RevisionBody upgrade,
        RevisionBody downgrade,
        String checksum,
        String source) {

    public RevisionScript {
        downRevisions = List.copyOf(downRevisions);
        branchLabels = List.copyOf(branchLabels);
        dependsOn = List.copyOf(dependsOn);
        message = message == null ? "" : message;
    }

    public boolean reversible() {
        return downgrade != null;
    }

    public boolean isMergePoint() {
        return downRevisions.size() > 1;
    }
}
