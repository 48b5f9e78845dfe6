package dev.retort.schema.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The tables of one schema, by name, as a database reports them. */
public record Schema(Map<String, Table> tables) {

    /**
     * Copies the tables, keeping their order.
     *
     * @param tables the tables by name
     */
    public Schema {
        tables = Collections.unmodifiableMap(new LinkedHashMap<>(tables));
    }

    /**
     * {@return a schema of the given tables, keyed by their names in order}
     *
     * @param tables the tables
     */
    public static Schema of(List<Table> tables) {
        Map<String, Table> map = new LinkedHashMap<>();
        for (Table t : tables) {
            map.put(t.name(), t);
        }
        return new Schema(map);
    }

    /**
     * {@return the table named {@code name}, or null}
     *
     * @param name the table name
     */
    public Table table(String name) {
        return tables.get(name);
    }
}
