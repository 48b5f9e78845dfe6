package dev.retort.graph;

import dev.retort.RetortException;

/** The version table names a revision that no script defines. */
public class UnknownVersionException extends RetortException {

    /** The revision id in the version table. */
    private final String revision;

    /** @param revision the revision id in the version table */
    public UnknownVersionException(String revision) {
        super("The version table contains revision '" + revision + "', which no revision script defines. "
                + "Restore the missing script, or run 'retort stamp --purge <revision>' to reset the version table "
                + "to a revision that exists");
        this.revision = revision;
    }

    /** {@return the revision id in the version table} */
    public String revision() {
        return revision;
    }
}
