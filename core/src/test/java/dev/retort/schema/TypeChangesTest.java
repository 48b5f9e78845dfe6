package dev.retort.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.schema.diff.TypeChanges;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which type changes are flagged as possibly losing data. */
class TypeChangesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "character varying(50); character varying(80)",
            "character varying(50); text",
            "integer; bigint",
            "int(11); bigint(20)",
            "smallint; integer",
            "numeric(10,2); numeric(12,2)",
            "CHARACTER VARYING(20); CHARACTER VARYING(40)",
            "real; double precision"})
    void wideningIsNotFlagged(String from, String to) {
        assertThat(TypeChanges.mayLoseData(from, to)).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "character varying(80); character varying(50)",
            "text; character varying(50)",
            "bigint; integer",
            "numeric(12,2); numeric(12,4)",
            "numeric(10,2); numeric(10,1)",
            "integer; character varying(5)",
            "character varying(10); integer",
            "bigint(20) unsigned; bigint(20)",
            "timestamp with time zone; date"})
    void narrowingOrChangingFamilyIsFlagged(String from, String to) {
        assertThat(TypeChanges.mayLoseData(from, to)).isTrue();
    }
}
