package dev.retort.schema.model;

import java.util.List;

/** A PostgreSQL enum type ({@code CREATE TYPE ... AS ENUM}): its labels in sort order. */
public record EnumType(String name, List<String> values) {

    public EnumType {
        values = List.copyOf(values);
    }
}
