package dev.retort.cli;

import dev.retort.ConfigurationException;
import dev.retort.graph.RevisionGraphException;
import dev.retort.graph.RevisionResolutionException;
import dev.retort.script.ScriptException;

/**
 * The CLI's exit codes. Problems the user fixes in the command line, the configuration or the revision
 * files (bad identifier, broken script, invalid graph) are usage errors (2); problems met in the
 * database (connection, lock, failed statement, version-table state, checksum drift, a refused
 * irreversible downgrade) are 3.
 */
public final class ExitCodes {

    /** The command did what was asked. */
    public static final int OK = 0;
    /** A check failed: {@code current --check-heads} not at every head, or {@code check} found differences. */
    public static final int CHECK_FAILED = 1;
    /** Bad command line, configuration, revision script or revision identifier. */
    public static final int USAGE = 2;
    /** The database could not be reached or a migration failed or was refused. */
    public static final int DATABASE = 3;

    private ExitCodes() {
    }

    /**
     * {@return the exit code for an error a command threw}
     *
     * @param error the error
     */
    public static int of(Throwable error) {
        if (error instanceof CliUsageException || error instanceof ConfigurationException
                || error instanceof ScriptException || error instanceof RevisionGraphException
                || error instanceof RevisionResolutionException) {
            return USAGE;
        }
        return DATABASE;
    }
}
