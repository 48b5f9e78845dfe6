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

    public Index {
        elements = List.copyOf(elements);
    }
}
