package dev.retort.schema;

import dev.retort.schema.model.Column;
import dev.retort.schema.model.Schema;
import dev.retort.schema.model.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * A schema as sorted lines, leaving out constraint and index names (which a database may generate) and the objects
 * that are not compared, so two reflections can be compared with a plain equality and a readable diff.
 */
final class Canonical {

    private Canonical() {
    }

    static List<String> of(Schema schema) {
        List<String> out = new ArrayList<>();
        for (Table t : schema.tables().values()) {
            String n = t.name();
            out.add(n + " comment=" + t.comment());
            for (Column c : t.columns()) {
                out.add(n + "." + c.name() + " " + c.type() + (c.nullable() ? " null" : " not null") + " default="
                        + c.defaultValue() + " identity=" + c.identity() + " comment=" + c.comment());
            }
            out.add(n + " pk=" + (t.primaryKey() == null ? null : t.primaryKey().columns()));
            t.uniques().forEach(u -> out.add(n + " unique" + u.columns()));
            t.indexes().forEach(i -> out.add(n + " index unique=" + i.unique() + " " + i.elements() + " where=" + i.where()
                    + " method=" + i.method()));
            t.foreignKeys().forEach(f -> out.add(n + " fk" + f.columns() + " -> " + f.referencedTable()
                    + f.referencedColumns() + " on update " + f.onUpdate() + " on delete " + f.onDelete()));
            t.checks().forEach(c -> out.add(n + " check " + c.expression()));
        }
        schema.views().values().forEach(v -> out.add("view " + v.name() + " " + v.columns() + " as " + v.definition()));
        schema.sequences().values().forEach(q -> out.add("sequence " + q.name() + " " + q.dataType() + " start "
                + q.start() + " increment " + q.increment() + " min " + q.min() + " max " + q.max() + " cache "
                + q.cache() + " cycle " + q.cycle()));
        schema.enumTypes().values().forEach(e -> out.add("enum type " + e.name() + " " + e.values()));
        schema.domains().values().forEach(d -> out.add("domain " + d.name() + " " + d.baseType()
                + (d.nullable() ? " null" : " not null") + " default=" + d.defaultValue() + " checks="
                + d.checks().stream().map(c -> c.expression()).sorted().toList()));
        out.sort(null);
        return out;
    }
}
