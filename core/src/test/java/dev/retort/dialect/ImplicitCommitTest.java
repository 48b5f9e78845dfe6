package dev.retort.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Which first statements let a non-transactional revision's "started" row wait in the open transaction (issue 16
 * item 3): DDL, which commits it, on MariaDB and H2; never on PostgreSQL, where DDL is transactional.
 */
class ImplicitCommitTest {

    private final Dialect maria = new MariaDbDialect();
    private final Dialect h2 = new H2Dialect();
    private final Dialect pg = new PostgresDialect();

    @Test
    void ddlCommitsOnMariaDbAndH2() {
        for (Dialect d : new Dialect[] {maria, h2}) {
            assertThat(d.commitsOrJoinsTransaction("CREATE TABLE t (id INT)")).isTrue();
            assertThat(d.commitsOrJoinsTransaction("  \n\tcreate index ix on t (id)")).isTrue();
            assertThat(d.commitsOrJoinsTransaction("ALTER TABLE t ADD COLUMN c INT")).isTrue();
            assertThat(d.commitsOrJoinsTransaction("Drop\nTABLE t")).isTrue();
        }
        assertThat(maria.commitsOrJoinsTransaction("RENAME TABLE a TO b")).isTrue();
        assertThat(maria.commitsOrJoinsTransaction("TRUNCATE TABLE t")).isTrue();
        assertThat(pg.commitsOrJoinsTransaction("CREATE TABLE t (id INT)")).isFalse();
    }

    @Test
    void dataCommentsAndTemporaryTablesDoNot() {
        for (Dialect d : new Dialect[] {maria, h2}) {
            assertThat(d.commitsOrJoinsTransaction("INSERT INTO t VALUES (1)")).isFalse();
            assertThat(d.commitsOrJoinsTransaction("UPDATE t SET id = 2")).isFalse();
            assertThat(d.commitsOrJoinsTransaction("SELECT SLEEP(1)")).isFalse();
            assertThat(d.commitsOrJoinsTransaction("-- note\nCREATE TABLE t (id INT)")).isFalse();
            assertThat(d.commitsOrJoinsTransaction("/* x */ CREATE TABLE t (id INT)")).isFalse();
            assertThat(d.commitsOrJoinsTransaction("CREATE TEMPORARY TABLE t (id INT)")).isFalse();
            assertThat(d.commitsOrJoinsTransaction("CREATE OR REPLACE TEMPORARY TABLE t (id INT)")).isFalse();
            assertThat(d.commitsOrJoinsTransaction("DROP TEMPORARY TABLE t")).isFalse();
            assertThat(d.commitsOrJoinsTransaction("CREATE LOCAL TEMPORARY TABLE t (id INT)")).isFalse();
            assertThat(d.commitsOrJoinsTransaction("CREATE(")).isFalse();
            assertThat(d.commitsOrJoinsTransaction("")).isFalse();
        }
        assertThat(h2.commitsOrJoinsTransaction("TRUNCATE TABLE t")).isFalse(); // not claimed where untested
    }
}
