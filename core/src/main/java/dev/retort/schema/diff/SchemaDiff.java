package dev.retort.schema.diff;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The changes that move a live schema to a target, in a safe order, and review notes (possible renames).
 * The downgrade is {@link #inverse()}: the inverse of each change, last first.
 */
public record SchemaDiff(List<SchemaChange> changes, List<String> notes) {

    /**
     * Copies the lists.
     *
     * @param changes the changes, in a safe order
     * @param notes review notes (possible renames)
     */
    public SchemaDiff {
        changes = List.copyOf(changes);
        notes = List.copyOf(notes);
    }

    /** {@return whether the schemas match} */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** {@return the changes that undo these, in the order that undoes them safely} */
    public List<SchemaChange> inverse() {
        List<SchemaChange> out = new ArrayList<>(changes.size());
        for (SchemaChange c : changes) {
            out.add(c.inverse());
        }
        Collections.reverse(out);
        return out;
    }

    /** {@return one line per change, for {@code check}} */
    public List<String> descriptions() {
        return changes.stream().map(SchemaChange::describe).toList();
    }
}
