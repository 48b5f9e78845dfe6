package dev.retort.schema.model;

import java.util.List;

/** A primary key: its name as reflected and its columns in key order. */
public record PrimaryKey(String name, List<String> columns) {

    public PrimaryKey {
        columns = List.copyOf(columns);
    }
}
