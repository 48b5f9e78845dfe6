package dev.retort.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.ConfigurationException;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.Schema;
import dev.retort.schema.model.Sequence;
import dev.retort.schema.model.Table;
import dev.retort.schema.model.UncomparedObject;
import dev.retort.schema.model.View;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules of {@code retort.autogenerate.exclude-tables}. */
class NameFilterTest {

    @Test
    void otherMigrationToolsTablesAreLeftOutByDefault() {
        NameFilter filter = NameFilter.of(List.of());
        assertThat(NameFilter.OTHER_TOOLS).allMatch(filter::excludes);
        assertThat(filter.excludes("FLYWAY_SCHEMA_HISTORY")).as("ignoring case").isTrue();
        assertThat(filter.excludes("databasechangelog_backup")).isFalse();
        assertThat(filter.excludes("orders")).isFalse();
    }

    @Test
    void globsMatchWholeNamesIgnoringCase() {
        NameFilter filter = NameFilter.of(List.of(" tmp_* ", "audit_?", ""));
        assertThat(filter.excludes("tmp_orders")).isTrue();
        assertThat(filter.excludes("TMP_")).isTrue();
        assertThat(filter.excludes("my_tmp_orders")).isFalse();
        assertThat(filter.excludes("audit_1")).isTrue();
        assertThat(filter.excludes("audit_12")).isFalse();
        assertThat(filter.excludes("audit.1")).as("a dot is not a wildcard").isFalse();
    }

    @Test
    void theLastMatchingPatternDecidesAndBangIncludesAgain() {
        NameFilter filter = NameFilter.of(List.of("*", "!app_*", "app_tmp_*", "!flyway_schema_history"));
        assertThat(filter.excludes("orders")).isTrue();
        assertThat(filter.excludes("app_orders")).isFalse();
        assertThat(filter.excludes("app_tmp_1")).isTrue();
        assertThat(filter.excludes("flyway_schema_history")).isFalse();
        assertThat(NameFilter.of(List.of("!alembic_version")).excludes("alembic_version")).isFalse();
    }

    @Test
    void aBareBangIsAConfigurationError() {
        assertThatThrownBy(() -> NameFilter.of(List.of("legacy_*", "!")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("retort.autogenerate.exclude-tables").hasMessageContaining("'!'");
    }

    @Test
    void appliesToTablesViewsSequencesAndWhatBelongsToThem() {
        Table legacy = new Table("legacy_orders", List.of(new Column("id", "integer", false, null,
                Column.Identity.NONE, null)), null, List.of(), List.of(), List.of(), List.of(), null);
        Table orders = new Table("orders", legacy.columns(), null, List.of(), List.of(), List.of(), List.of(), null);
        Schema schema = new Schema(Schema.byName(List.of(legacy, orders), Table::name),
                Map.of("legacy_view", new View("legacy_view", "SELECT 1", List.of(), List.of())),
                Map.of("legacy_seq", new Sequence("legacy_seq", "bigint", 1, 1, 1, Long.MAX_VALUE, 1, false)),
                Map.of(), Map.of(), List.of(new UncomparedObject("trigger", "touch", "legacy_orders"),
                        new UncomparedObject("trigger", "stamp", "orders")));
        Schema kept = NameFilter.of(List.of("legacy_*")).apply(schema);
        assertThat(kept.tables().keySet()).containsExactly("orders");
        assertThat(kept.views()).isEmpty();
        assertThat(kept.sequences()).isEmpty();
        assertThat(kept.uncompared()).extracting(UncomparedObject::name).containsExactly("stamp");
    }
}
