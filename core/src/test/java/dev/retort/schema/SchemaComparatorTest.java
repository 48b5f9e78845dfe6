package dev.retort.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.schema.diff.SchemaChange;
import dev.retort.schema.diff.SchemaComparator;
import dev.retort.schema.diff.SchemaDiff;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.Column.Identity;
import dev.retort.schema.model.ForeignKey;
import dev.retort.schema.model.Index;
import dev.retort.schema.model.PrimaryKey;
import dev.retort.schema.model.Schema;
import dev.retort.schema.model.Table;
import dev.retort.schema.model.UniqueConstraint;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ordering and matching rules of the comparison, on hand-built models. */
class SchemaComparatorTest {

    private static Column col(String name) {
        return new Column(name, "integer", true, null, Identity.NONE, null);
    }

    private static Table table(String name, List<Index> indexes, List<ForeignKey> fks, List<UniqueConstraint> uniques) {
        return new Table(name, List.of(col("id"), col("ref")), new PrimaryKey(name + "_pkey", List.of("id")), uniques,
                indexes, fks, List.of(), null);
    }

    private static final ForeignKey FK = new ForeignKey("child_ref_fkey", List.of("ref"), "parent", List.of("id"),
            "NO ACTION", "NO ACTION");

    @Test
    void foreignKeysAreAddedAfterTheTablesTheyReferenceAndDroppedBeforeThem() {
        Schema target = Schema.of(List.of(table("child", List.of(), List.of(FK), List.of()),
                table("parent", List.of(), List.of(), List.of())));
        SchemaDiff diff = SchemaComparator.compare(Schema.of(List.of()), target);
        assertThat(diff.descriptions()).containsExactly("add table child", "add table parent",
                "add foreign key child[ref] -> parent[id]");
        assertThat(diff.inverse().stream().map(SchemaChange::describe).toList()).containsExactly(
                "remove foreign key child_ref_fkey child[ref] -> parent[id]", "remove table parent", "remove table child");
    }

    @Test
    void constraintsAndIndexesMatchByDefinitionNotByName() {
        Table live = table("t", List.of(new Index("CONSTRAINT_INDEX_1", false, List.of("ref"), null, null)), List.of(),
                List.of(new UniqueConstraint("CONSTRAINT_1A", List.of("ref"))));
        Table target = table("t", List.of(new Index("ix_t_ref", false, List.of("ref"), null, null)), List.of(),
                List.of(new UniqueConstraint("uq_t_ref", List.of("ref"))));
        assertThat(SchemaComparator.compare(Schema.of(List.of(live)), Schema.of(List.of(target))).isEmpty()).isTrue();
    }

    @Test
    void aReplacedIndexIsDroppedOnlyAfterItsReplacementExists() {
        Table live = table("t", List.of(new Index("ix_old", false, List.of("ref"), null, null)), List.of(), List.of());
        Table target = table("t", List.of(new Index("ix_new", false, List.of("ref", "id"), null, null)), List.of(), List.of());
        SchemaDiff diff = SchemaComparator.compare(Schema.of(List.of(live)), Schema.of(List.of(target)));
        assertThat(diff.descriptions()).containsExactly("add index ix_new t[ref, id]", "remove index ix_old t[ref]");
        assertThat(diff.inverse().stream().map(SchemaChange::describe).toList())
                .containsExactly("add index ix_old t[ref]", "remove index ix_new t[ref, id]");
    }

    @Test
    void theInverseOfTheInverseIsTheOriginal() {
        Schema live = Schema.of(List.of(table("parent", List.of(), List.of(), List.of())));
        Schema target = Schema.of(List.of(table("child", List.of(), List.of(FK), List.of()),
                table("parent", List.of(new Index("ix", true, List.of("ref"), null, null)), List.of(), List.of())));
        SchemaDiff diff = SchemaComparator.compare(live, target);
        List<SchemaChange> back = new SchemaDiff(diff.inverse(), List.of()).inverse();
        assertThat(back).isEqualTo(diff.changes());
    }
}
