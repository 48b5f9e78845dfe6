package dev.retort.schema.diff;

/**
 * A column whose type is an enum type or domain that a revision writes as a new type, which it then converts the
 * column to.
 *
 * @param type the column's type as the database prints it ({@code order_status}, {@code order_status[]})
 * @param defaultValue the column's default, set again after the conversion; null when none
 */
public record TypeUsage(String table, String column, String type, String defaultValue) {
}
