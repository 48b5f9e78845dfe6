package dev.retort.schema.model;

import java.util.List;

/**
 * A foreign key to a table of the same schema.
 *
 * @param onDelete the referential action ({@code CASCADE}, {@code SET NULL}, ...), {@code NO ACTION} by default
 */
public record ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
        String onUpdate, String onDelete) {

    public ForeignKey {
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
    }
}
