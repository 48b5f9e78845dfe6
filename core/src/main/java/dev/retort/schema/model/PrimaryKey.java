package dev.retort.schema.model;

import java.util.List;

/** A primary key: its name as reflected and its columns in key order. */
public record PrimaryKey(String name, List<String> columns) {

    /**
     * Copies the columns.
     *
     * @param name the constraint name as reflected
     * @param columns the columns in key order
     */
    public PrimaryKey {
        columns = List.copyOf(columns);
    }
}
