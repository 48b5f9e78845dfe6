package dev.retort.exec;

import dev.retort.RetortException;

/** A statement (or Java revision) failed; the message names revision, file, statement, SQL and the database's words. */
public class MigrationFailedException extends RetortException {

    /** The failing revision's id. */
    private final String revision;
    /** 1-based index of the failing statement in its section (a Java revision's: those it ran, plus one). */
    private final int statementIndex;
    /** The failing statement. */
    private final String sql;
    /** True when earlier statements of the revision stayed applied. */
    private final boolean partial;

    /**
     * @param message the revision, file, statement and what to do next
     * @param revision the failing revision's id
     * @param statementIndex 1-based index of the failing statement in its section (for a Java revision, the
     *     statements it ran before failing, plus one); 0 when unknown
     * @param sql the failing statement
     * @param partial true when earlier statements stayed applied
     * @param cause the database's error
     */
    public MigrationFailedException(String message, String revision, int statementIndex, String sql, boolean partial,
            Throwable cause) {
        super(message, cause);
        this.revision = revision;
        this.statementIndex = statementIndex;
        this.sql = sql;
        this.partial = partial;
    }

    /** {@return the failing revision's id} */
    public String revision() {
        return revision;
    }

    /** {@return the 1-based index of the failing statement in its section; 0 when unknown} */
    public int statementIndex() {
        return statementIndex;
    }

    /** {@return the failing statement} */
    public String sql() {
        return sql;
    }

    /** {@return true when earlier statements of the revision stayed applied (non-transactional DDL)} */
    public boolean partial() {
        return partial;
    }
}
