package dev.retort.schema.model;

/**
 * An object autogenerate does not compare (a trigger, a function, a materialized view, ...), reported so that
 * {@code check} can say it was left out instead of calling the schema clean.
 *
 * @param kind what it is, in words ({@code trigger}, {@code materialized view})
 * @param name its name
 * @param table the table it belongs to (a trigger's), else null
 */
public record UncomparedObject(String kind, String name, String table) {

    /** {@return the object in words, as notes name it: {@code trigger books_touch on books}} */
    public String describe() {
        return kind + " " + name + (table == null ? "" : " on " + table);
    }
}
