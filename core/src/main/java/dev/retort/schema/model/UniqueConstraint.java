package dev.retort.schema.model;

import java.util.List;

/** A unique constraint: its name as reflected and its columns in order. */
public record UniqueConstraint(String name, List<String> columns) {

    public UniqueConstraint {
        columns = List.copyOf(columns);
    }
}
