package dev.retort.schema.model;

/**
 * A sequence that no column owns (the sequences of identity and {@code serial} columns belong to their columns).
 *
 * @param dataType the value type as the database prints it ({@code bigint}); MariaDB sequences are always bigint
 * @param cache how many values a session takes at a time
 */
public record Sequence(String name, String dataType, long start, long increment, long min, long max, long cache,
        boolean cycle) {
}
