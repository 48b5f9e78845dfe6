package dev.retort.graph;

/** One change to the version table that a step makes. */
public sealed interface VersionChange {

    /**
     * Inserts a version row.
     *
     * @param revision the row's revision
     */
    record Insert(String revision) implements VersionChange {
    }

    /**
     * Deletes a version row.
     *
     * @param revision the row's revision
     */
    record Delete(String revision) implements VersionChange {
    }

    /**
     * Updates a version row.
     *
     * @param from the revision replaced
     * @param to the revision written
     */
    record Update(String from, String to) implements VersionChange {
    }
}
