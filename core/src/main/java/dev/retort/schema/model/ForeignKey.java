package dev.retort.schema.model;

import java.util.List;

/**
 * A foreign key.
 *
 * @param referencedSchema the referenced table's schema (MariaDB: database) when it is not the table's own, else null
 * @param onDelete the referential action ({@code CASCADE}, {@code SET NULL}, ...), {@code NO ACTION} by default
 */
public record ForeignKey(String name, List<String> columns, String referencedSchema, String referencedTable,
        List<String> referencedColumns, String onUpdate, String onDelete) {

    /**
     * Copies the column lists.
     *
     * @param name the constraint name
     * @param columns the referencing columns
     * @param referencedSchema the referenced table's schema (MariaDB: database) when it is not the table's own, else
     *     null
     * @param referencedTable the referenced table
     * @param referencedColumns the referenced columns
     * @param onUpdate the referential action on update
     * @param onDelete the referential action on delete
     */
    public ForeignKey {
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
    }

    /**
     * A foreign key to a table of the same schema.
     *
     * @param name the constraint name
     * @param columns the referencing columns
     * @param referencedTable the referenced table
     * @param referencedColumns the referenced columns
     * @param onUpdate the referential action on update
     * @param onDelete the referential action on delete
     */
    public ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
            String onUpdate, String onDelete) {
        this(name, columns, null, referencedTable, referencedColumns, onUpdate, onDelete);
    }

    /** {@return the referenced table as {@code schema.table} when it is in another schema, else its bare name} */
    public String referencedName() {
        return referencedSchema == null ? referencedTable : referencedSchema + "." + referencedTable;
    }
}
