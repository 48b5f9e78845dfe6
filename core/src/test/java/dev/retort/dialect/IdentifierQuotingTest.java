package dev.retort.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Names are quoted only where SQLAlchemy would quote them, so Retort and Alembic mean the same table. */
class IdentifierQuotingTest {

    @Test
    void plainLowerCaseNamesStayBare() {
        assertThat(new PostgresDialect().qualify("public", "retort_version")).isEqualTo("public.retort_version");
        assertThat(new MariaDbDialect().qualify(null, "alembic_version")).isEqualTo("alembic_version");
    }

    @Test
    void mixedCaseSpecialCharactersAndReservedWordsAreQuoted() {
        assertThat(new PostgresDialect().qualify("Ops-Meta", "AppVersion")).isEqualTo("\"Ops-Meta\".\"AppVersion\"");
        assertThat(new PostgresDialect().quote("user")).isEqualTo("\"user\"");
        assertThat(new PostgresDialect().quote("1st")).isEqualTo("\"1st\"");
        assertThat(new MariaDbDialect().qualify("ops-meta", "order")).isEqualTo("`ops-meta`.`order`");
        assertThat(new MariaDbDialect().quote("we`ird")).isEqualTo("`we``ird`");
    }

    @Test
    void h2QuotesOnlyWhatFoldingCannotExpressAndInUpperCase() {
        assertThat(new H2Dialect().qualify("Ops", "RetortVersion")).isEqualTo("Ops.RetortVersion");
        assertThat(new H2Dialect().quote("user")).isEqualTo("\"USER\"");
    }

    @Test
    void theVersionTableKeepsAlembicsConstraintNameUnderQuoting() {
        assertThat(new PostgresDialect().createVersionTableSql("Ops", "AppVersion")).isEqualTo(
                "CREATE TABLE \"Ops\".\"AppVersion\" (version_num VARCHAR(32) NOT NULL, "
                        + "CONSTRAINT \"AppVersion_pkc\" PRIMARY KEY (version_num))");
        assertThat(new PostgresDialect().createVersionTableSql(null, "alembic_version")).isEqualTo(
                "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
                        + "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))");
    }
}
