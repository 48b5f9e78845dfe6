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

    /**
     * Copies the lists; a missing message is empty.
     *
     * @param id the revision id
     * @param downRevisions the parent revision ids
     * @param branchLabels the branch labels it declares
     * @param dependsOn the revisions it depends on besides its parents
     * @param message the message
     * @param createDate the {@code create_date} header, as written
     * @param transactional whether it runs in a transaction
     * @param upgrade the upgrade body
     * @param downgrade {@code null} when the revision is irreversible
     * @param checksum the checksum recorded in the history table
     * @param source where it came from, e.g. {@code classpath:db/revisions/1975ea83b712_add_users.sql}
     */
    public RevisionScript {
        downRevisions = List.copyOf(downRevisions);
        branchLabels = List.copyOf(branchLabels);
        dependsOn = List.copyOf(dependsOn);
        message = message == null ? "" : message;
    }

    /** {@return whether the revision has a downgrade} */
    public boolean reversible() {
        return downgrade != null;
    }

    /** {@return whether the revision has several parents} */
    public boolean isMergePoint() {
        return downRevisions.size() > 1;
    }
}
