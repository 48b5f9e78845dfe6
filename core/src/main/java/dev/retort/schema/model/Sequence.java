package dev.retort.schema.model;

/**
 * A sequence that no column owns (the sequences of identity and {@code serial} columns belong to their columns).
 *
 * @param name the sequence's name
 * @param dataType the value type as the database prints it ({@code bigint}); MariaDB sequences are always bigint
 * @param start the first value
 * @param increment the step, negative for a descending sequence
 * @param min the lowest value
 * @param max the highest value
 * @param cache how many values a session takes at a time
 * @param cycle whether it starts again after the last value
 */
public record Sequence(String name, String dataType, long start, long increment, long min, long max, long cache,
        boolean cycle) {
}
