package dev.retort.schema.model;

import java.util.List;

/**
 * A table with everything autogenerate compares.
 *
 * @param primaryKey null when the table has none
 * @param comment null when the table has none
 */
public record Table(String name, List<Column> columns, PrimaryKey primaryKey, List<UniqueConstraint> uniques,
        List<Index> indexes, List<ForeignKey> foreignKeys, List<CheckConstraint> checks, String comment) {

    /**
     * Copies the lists.
     *
     * @param name the table name
     * @param columns the columns in order
     * @param primaryKey null when the table has none
     * @param uniques the unique constraints
     * @param indexes the indexes that back no constraint
     * @param foreignKeys the foreign keys
     * @param checks the check constraints
     * @param comment null when the table has none
     */
    public Table {
        columns = List.copyOf(columns);
        uniques = List.copyOf(uniques);
        indexes = List.copyOf(indexes);
        foreignKeys = List.copyOf(foreignKeys);
        checks = List.copyOf(checks);
    }

    /**
     * {@return the column named {@code name}, or null}
     *
     * @param name the column name
     */
    public Column column(String name) {
        for (Column c : columns) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        return null;
    }
}
