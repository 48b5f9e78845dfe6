package dev.retort.graph;

/** One change to the version table that a step makes. */
public sealed interface VersionChange {

    record Insert(String revision) implements VersionChange {
    }

    record Delete(String revision) implements VersionChange {
    }

    record Update(String from, String to) implements VersionChange {
    }
}
