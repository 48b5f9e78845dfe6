package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlSplitterTest {

    private final SqlSplitter standard = new SqlSplitter(SqlFlavor.STANDARD);
    private final SqlSplitter mysql = new SqlSplitter(SqlFlavor.MYSQL);

    private List<String> split(SqlSplitter splitter, String sql) {
        return splitter.split(sql, 1, "test.sql").stream().map(SqlStatement::sql).toList();
    }

    @Test
    void splitsOnSemicolonsAndDropsEmptyStatements() {
        assertThat(split(standard, "CREATE TABLE a (id INT);\n;\n  INSERT INTO a VALUES (1)  ;"))
                .containsExactly("CREATE TABLE a (id INT)", "INSERT INTO a VALUES (1)");
    }

    @Test
    void lastStatementNeedsNoSemicolon() {
        assertThat(split(standard, "SELECT 1; SELECT 2")).containsExactly("SELECT 1", "SELECT 2");
    }

    @Test
    void ignoresSemicolonsInSingleQuotesWithDoubledQuotes() {
        assertThat(split(standard, "INSERT INTO t VALUES ('a;''b;'); SELECT 1"))
                .containsExactly("INSERT INTO t VALUES ('a;''b;')", "SELECT 1");
    }

    @Test
    void standardStringsDoNotTreatBackslashAsEscape() {
        assertThat(split(standard, "SELECT 'C:\\'; SELECT 2")).containsExactly("SELECT 'C:\\'", "SELECT 2");
    }

    @Test
    void postgresEscapeStringsHonourBackslashes() {
        assertThat(split(standard, "SELECT E'it\\'s; fine'; SELECT 2"))
                .containsExactly("SELECT E'it\\'s; fine'", "SELECT 2");
    }

    @Test
    void identifierEndingInEIsNotAnEscapeString() {
        // "name'..." : the E belongs to an identifier, so backslash is literal and the string ends at the quote
        assertThat(split(standard, "SELECT 1 AS some'x\\'; SELECT 2")).hasSize(2);
    }

    @Test
    void ignoresSemicolonsInDoubleQuotedIdentifiers() {
        assertThat(split(standard, "CREATE TABLE \"a;b\" (id INT); SELECT 1"))
                .containsExactly("CREATE TABLE \"a;b\" (id INT)", "SELECT 1");
    }

    @Test
    void dollarQuotesKeepFunctionBodiesTogether() {
        String fn = "CREATE FUNCTION f() RETURNS int AS $$ BEGIN RETURN 1; END; $$ LANGUAGE plpgsql";
        assertThat(split(standard, fn + "; SELECT 1")).containsExactly(fn, "SELECT 1");
    }

    @Test
    void taggedDollarQuotesMayContainPlainDollarQuotes() {
        String fn = "CREATE FUNCTION f() RETURNS text AS $body$ SELECT $$a;b$$; $body$ LANGUAGE sql";
        assertThat(split(standard, fn + ";\nSELECT 2;")).containsExactly(fn, "SELECT 2");
    }

    @Test
    void positionalParametersAreNotDollarQuotes() {
        assertThat(split(standard, "PREPARE p AS SELECT $1; SELECT 2")).hasSize(2);
    }

    @Test
    void lineCommentsHideSemicolons() {
        assertThat(split(standard, "SELECT 1 -- not; a split\n; SELECT 2"))
                .containsExactly("SELECT 1", "SELECT 2");
    }

    @Test
    void aTrailingLineCommentIsNotPartOfTheStatementSoATerminatorStaysOutsideIt() {
        assertThat(split(standard, "CREATE TABLE t (id INT) -- trailing comment")).containsExactly("CREATE TABLE t (id INT)");
        assertThat(split(mysql, "SELECT 1 # hash comment\n")).containsExactly("SELECT 1");
        assertThat(split(standard, "SELECT 1 -- a\n  FROM t -- b\n-- c")).containsExactly("SELECT 1 -- a\n  FROM t");
        assertThat(split(mysql, "CREATE TABLE t (id INT) /*!50100 ENGINE=InnoDB */;"))
                .containsExactly("CREATE TABLE t (id INT) /*!50100 ENGINE=InnoDB */");
    }

    @Test
    void onMariaDbTwoDashesStartACommentOnlyBeforeWhitespace() {
        assertThat(split(mysql, "SELECT 5--1;\nSELECT 2;")).containsExactly("SELECT 5--1", "SELECT 2");
        assertThat(split(mysql, "SELECT 5-- 1;\nSELECT 2;")).containsExactly("SELECT 5-- 1;\nSELECT 2");
        assertThat(split(mysql, "SELECT 5--\t1;\nSELECT 2;")).containsExactly("SELECT 5--\t1;\nSELECT 2");
        assertThat(split(mysql, "SELECT 1;--")).containsExactly("SELECT 1");
        assertThat(split(standard, "SELECT 5--1;\nSELECT 2;")).containsExactly("SELECT 5--1;\nSELECT 2");
    }

    @Test
    void statementsAreSplitOneAtATimeWhenIterated() {
        var it = standard.iterator("SELECT 1; SELECT 'open", 1, "f.sql");
        assertThat(it.next().sql()).isEqualTo("SELECT 1"); // the broken second statement is not lexed yet
        assertThatThrownBy(it::hasNext).isInstanceOf(ScriptException.class).hasMessageContaining("unterminated string");
    }

    @Test
    void commentOnlyChunksAreNotStatements() {
        assertThat(split(standard, "-- just a comment;\n/* another; */")).isEmpty();
    }

    @Test
    void leadingCommentsAreStrippedFromTheStatement() {
        assertThat(split(standard, "-- create it\nCREATE TABLE a (id INT);")).containsExactly("CREATE TABLE a (id INT)");
    }

    @Test
    void nestedBlockCommentsInStandardFlavor() {
        assertThat(split(standard, "SELECT 1 /* outer /* inner; */ still; comment */; SELECT 2"))
                .containsExactly("SELECT 1 /* outer /* inner; */ still; comment */", "SELECT 2");
    }

    @Test
    void mysqlBlockCommentsDoNotNest() {
        assertThat(split(mysql, "SELECT 1 /* a /* b */; SELECT 2")).containsExactly("SELECT 1 /* a /* b */", "SELECT 2");
    }

    @Test
    void mysqlHonoursBackslashEscapesBackticksAndHashComments() {
        assertThat(split(mysql, "INSERT INTO `t;x` VALUES ('it\\'s;'); # hash; comment\nSELECT 2"))
                .containsExactly("INSERT INTO `t;x` VALUES ('it\\'s;')", "# hash; comment\nSELECT 2");
    }

    @Test
    void delimiterChangesTheTerminator() {
        String sql = "DELIMITER //\nCREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END//\nDELIMITER ;\nCALL p();";
        assertThat(split(mysql, sql)).containsExactly("CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END", "CALL p()");
    }

    @Test
    void reportsTheLineEachStatementStartsOn() {
        List<SqlStatement> statements = standard.split("\n\nSELECT 1;\n-- c\nSELECT\n 2;", 10, "f.sql");
        assertThat(statements).extracting(SqlStatement::line).containsExactly(12, 14);
        assertThat(statements).extracting(SqlStatement::index).containsExactly(1, 2);
    }

    @Test
    void unterminatedStringNamesFileAndLine() {
        assertThatThrownBy(() -> standard.split("SELECT 1;\nSELECT 'oops;\n", 5, "db/x.sql"))
                .isInstanceOf(ScriptException.class)
                .hasMessageContaining("db/x.sql:6")
                .hasMessageContaining("unterminated string");
    }

    @Test
    void unterminatedDollarQuoteNamesTheTag() {
        assertThatThrownBy(() -> standard.split("SELECT $fn$ body;", 1, "f.sql"))
                .isInstanceOf(ScriptException.class)
                .hasMessageContaining("f.sql:1")
                .hasMessageContaining("$fn$");
    }

    @Test
    void unterminatedBlockCommentIsAnError() {
        assertThatThrownBy(() -> standard.split("SELECT 1 /* /* */", 3, "f.sql"))
                .isInstanceOf(ScriptException.class)
                .hasMessageContaining("f.sql:3")
                .hasMessageContaining("block comment");
    }

    @Test
    void unterminatedQuotedIdentifierIsAnError() {
        assertThatThrownBy(() -> standard.split("SELECT \"abc", 1, "f.sql"))
                .isInstanceOf(ScriptException.class)
                .hasMessageContaining("quoted identifier");
    }
}
