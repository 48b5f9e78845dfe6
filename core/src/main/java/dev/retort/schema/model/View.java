package dev.retort.schema.model;

import java.util.List;

/**
 * A view.
 *
 * @param name the view's name
 * @param definition the query as the database normalized it, without schema qualification of the compared schema
 * @param columns the output columns as {@code name type} where replacing a view must keep them (PostgreSQL),
 *     else empty
 * @param reads the tables and views of the same schema that the query reads
 */
public record View(String name, String definition, List<String> columns, List<String> reads) {

    /**
     * Copies the lists.
     *
     * @param name the view's name
     * @param definition the normalized query
     * @param columns the output columns where they must stay, else empty
     * @param reads the tables and views of the same schema the query reads
     */
    public View {
        columns = List.copyOf(columns);
        reads = List.copyOf(reads);
    }
}
