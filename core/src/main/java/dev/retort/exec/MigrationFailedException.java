package dev.retort.exec;

import dev.retort.RetortException;

/** A statement (or Java revision) failed; the message names revision, file, statement, SQL and the database's words. */
public class MigrationFailedException extends RetortException {

    private final String revision;
    private final int statementIndex;
    private final String sql;
    private final boolean partial;

    public MigrationFailedException(String message, String revision, int statementIndex, String sql, boolean partial,
            Throwable cause) {
        super(message, cause);
        this.revision = revision;
        this.statementIndex = statementIndex;
        this.sql = sql;
        this.partial = partial;
    }

    public String revision() {
        return revision;
    }

    /** 1-based index of the failing statement in its section, 0 for a Java revision. */
    public int statementIndex() {
        return statementIndex;
    }

    public String sql() {
        return sql;
    }

    /** True when earlier statements of the revision stayed applied (non-transactional DDL). */
    public boolean partial() {
        return partial;
    }
}
