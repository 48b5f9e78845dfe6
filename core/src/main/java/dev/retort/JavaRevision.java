package dev.retort;

/**
 * A revision written in Java, for data migrations that SQL cannot express. Annotate the class with
 * {@link Revision}; it joins the same graph as the SQL revisions.
 */
public interface JavaRevision {

    /**
     * Applies the revision, inside the revision's transaction unless it is declared non-transactional.
     *
     * @param context the migration connection and dialect
     * @throws Exception to fail the revision (it is rolled back where the database allows)
     */
    void upgrade(RevisionContext context) throws Exception;

    /**
     * Reverts the revision; only called when {@link Revision#irreversible()} is false.
     *
     * @param context the migration connection and dialect
     * @throws Exception to fail the downgrade
     */
    default void downgrade(RevisionContext context) throws Exception {
        throw new UnsupportedOperationException("downgrade not implemented by " + getClass().getName());
    }

    /** {@return the checksum stored in the history table; {@code null} means "SHA-256 of this class's bytes"} */
    default String checksum() {
        return null;
    }
}
