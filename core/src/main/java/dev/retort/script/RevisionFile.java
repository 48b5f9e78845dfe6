package dev.retort.script;

import java.util.List;
import java.util.Locale;

/**
 * A SQL revision file to be written, in the format {@link SqlRevisionParser} reads: the header, then the upgrade
 * section, then the downgrade section or the irreversible marker.
 *
 * @param createDate written as is; null leaves the line out
 * @param transactional false writes {@code -- transactional: false} (the revision runs outside a transaction)
 * @param downgradeSql null writes {@code -- retort:irreversible} instead of a downgrade section
 */
public record RevisionFile(String id, List<String> downRevisions, List<String> branchLabels, List<String> dependsOn,
        String message, String createDate, boolean transactional, String upgradeSql, String downgradeSql) {

    public RevisionFile {
        downRevisions = List.copyOf(downRevisions);
        branchLabels = List.copyOf(branchLabels);
        dependsOn = List.copyOf(dependsOn);
        message = message == null ? "" : message.replace("\r", "").replace('\n', ' ').strip();
    }

    /** Whether a downgrade through it is refused (no downgrade section). */
    public boolean irreversible() {
        return downgradeSql == null;
    }

    /** {@code <id>_<slug of the message>.sql}, as {@code revision} names new files. */
    public String fileName() {
        return id + "_" + slug(message) + ".sql";
    }

    /** The file's text. */
    public String text() {
        StringBuilder text = new StringBuilder();
        text.append("-- revision: ").append(id).append('\n');
        text.append("-- down_revision: ").append(String.join(", ", downRevisions)).append('\n');
        if (!branchLabels.isEmpty()) {
            text.append("-- branch_labels: ").append(String.join(", ", branchLabels)).append('\n');
        }
        if (!dependsOn.isEmpty()) {
            text.append("-- depends_on: ").append(String.join(", ", dependsOn)).append('\n');
        }
        text.append("-- message: ").append(message).append('\n');
        if (createDate != null) {
            text.append("-- create_date: ").append(createDate).append('\n');
        }
        if (!transactional) {
            text.append("-- transactional: false\n");
        }
        text.append("\n-- retort:upgrade\n");
        section(text, upgradeSql);
        if (downgradeSql == null) {
            text.append("\n-- retort:irreversible\n");
        } else {
            text.append("\n-- retort:downgrade\n");
            section(text, downgradeSql);
        }
        return text.toString();
    }

    private static void section(StringBuilder text, String sql) {
        if (sql != null && !sql.isBlank()) {
            text.append(sql.strip()).append('\n');
        }
    }

    /** The message as a file-name part: lower case, runs of other characters as one {@code _}, at most 40 long. */
    public static String slug(String message) {
        String s = message.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (s.length() > 40) {
            s = s.substring(0, 40).replaceAll("_+$", "");
        }
        return s.isEmpty() ? "revision" : s;
    }
}
