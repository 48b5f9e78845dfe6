package dev.retort.schema.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The objects of one schema that autogenerate compares, by name, as a database reports them, and those it
 * found but does not compare.
 *
 * @param tables the tables by name
 * @param views the views by name
 * @param sequences the sequences no column owns, by name
 * @param enumTypes PostgreSQL enum types (other databases write enums inline in the column type)
 * @param domains PostgreSQL domains
 * @param uncompared objects present but not compared (triggers, functions, materialized views, ...)
 */
public record Schema(Map<String, Table> tables, Map<String, View> views, Map<String, Sequence> sequences,
        Map<String, EnumType> enumTypes, Map<String, Domain> domains, List<UncomparedObject> uncompared) {

    /**
     * Copies the maps and the list, keeping their order.
     *
     * @param tables the tables by name
     * @param views the views by name
     * @param sequences the sequences by name
     * @param enumTypes the enum types by name
     * @param domains the domains by name
     * @param uncompared objects present but not compared
     */
    public Schema {
        tables = ordered(tables);
        views = ordered(views);
        sequences = ordered(sequences);
        enumTypes = ordered(enumTypes);
        domains = ordered(domains);
        uncompared = List.copyOf(uncompared);
    }

    /**
     * A schema of tables only.
     *
     * @param tables the tables by name
     */
    public Schema(Map<String, Table> tables) {
        this(tables, Map.of(), Map.of(), Map.of(), Map.of(), List.of());
    }

    /**
     * {@return a schema of the given tables, keyed by their names in order}
     *
     * @param tables the tables
     */
    public static Schema of(List<Table> tables) {
        return new Schema(byName(tables, Table::name));
    }

    /**
     * {@return this schema with {@code tables} instead of its tables; everything else is kept}
     *
     * @param tables the tables
     */
    public Schema withTables(List<Table> tables) {
        return new Schema(byName(tables, Table::name), views, sequences, enumTypes, domains, uncompared);
    }

    /**
     * {@return the table named {@code name}, or null}
     *
     * @param name the table name
     */
    public Table table(String name) {
        return tables.get(name);
    }

    /**
     * {@return {@code items} keyed by {@code name}, in the order given}
     *
     * @param <T> the kind of item
     * @param items the items
     * @param name how an item is named
     */
    public static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : items) {
            map.put(name.apply(item), item);
        }
        return map;
    }

    private static <T> Map<String, T> ordered(Map<String, T> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
