package dev.retort.bench.gen;

import java.nio.file.Path;

/**
 * The same linear chain of revisions written in each tool's format.
 *
 * @param retortDir Retort SQL revision files (headers, upgrade and downgrade sections)
 * @param flywayDir Flyway {@code V<n>__r<n>.sql} files
 * @param liquibaseDir directory holding the Liquibase master changelog and one formatted-SQL file per revision
 * @param liquibaseMaster the master changelog's name inside {@code liquibaseDir}
 * @param count number of revisions
 * @param headId Retort id of the last revision
 */
public record LinearWorkspace(Path retortDir, Path flywayDir, Path liquibaseDir, String liquibaseMaster, int count,
        String headId) {
}
