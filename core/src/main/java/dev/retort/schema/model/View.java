package dev.retort.schema.model;

import java.util.List;

/**
 * A view.
 *
 * @param definition the query as the database normalized it, without schema qualification of the compared schema
 * @param columns the output columns as {@code name type} where replacing a view must keep them (PostgreSQL),
 *     else empty
 * @param reads the tables and views of the same schema that the query reads
 */
public record View(String name, String definition, List<String> columns, List<String> reads) {

    public View {
        columns = List.copyOf(columns);
        reads = List.copyOf(reads);
    }
}
