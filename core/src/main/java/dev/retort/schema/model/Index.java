package dev.retort.schema.model;

import java.util.List;

/**
 * An index that does not back a constraint.
 *
 * @param elements columns or parenthesized expressions, each followed by {@code DESC} when descending
 * @param where the predicate of a partial index, null for a full one
 * @param method the access method where the database has several ({@code gin}, {@code hash}), null for the default
 */
public record Index(String name, boolean unique, List<String> elements, String where, String method) {

    /**
     * Copies the elements.
     *
     * @param name the index name
     * @param unique whether it is unique
     * @param elements columns or parenthesized expressions, each followed by {@code DESC} when descending
     * @param where the predicate of a partial index, null for a full one
     * @param method the access method where the database has several, null for the default
     */
    public Index {
        elements = List.copyOf(elements);
    }
}
