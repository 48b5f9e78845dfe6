package dev.retort.schema.model;

import java.util.List;

/**
 * A PostgreSQL enum type ({@code CREATE TYPE ... AS ENUM}).
 *
 * @param name the type's name
 * @param values its labels in sort order
 */
public record EnumType(String name, List<String> values) {

    /**
     * Copies the values.
     *
     * @param name the type's name
     * @param values its labels in sort order
     */
    public EnumType {
        values = List.copyOf(values);
    }
}
