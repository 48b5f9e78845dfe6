package dev.retort.schema.model;

import java.util.List;

/** A unique constraint: its name as reflected and its columns in order. */
public record UniqueConstraint(String name, List<String> columns) {

    /**
     * Copies the columns.
     *
     * @param name the constraint name as reflected
     * @param columns the columns in order
     */
    public UniqueConstraint {
        columns = List.copyOf(columns);
    }
}
