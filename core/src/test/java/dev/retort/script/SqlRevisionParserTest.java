package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SqlRevisionParserTest {

    private final SqlRevisionParser parser = new SqlRevisionParser(SqlFlavor.STANDARD, Map.of("owner", "app"));

    private static String statements(RevisionBody body) {
        return String.join(" | ", ((RevisionBody.Sql) body).statements().stream().map(SqlStatement::sql).toList());
    }

    /** The header regex the hand scanner replaces: the scan must agree with it on every stripped line. */
    private static final Pattern HEADER_LINE = Pattern.compile("^--\\s*([A-Za-z_]+)\\s*:(.*)$");

    @Test
    void theHandScannedHeaderLineAgreesWithTheRegexOnAnyLine() {
        char[] alphabet = {'-', '-', ' ', '\t', '\u000B', '\f', ':', 'a', 'Z', '_', '9', 'r', '\u00A0', '\u0085',
            '\u2028', '\u2029', '\u3000', 'é', '\uD83D', '\uDE00', '.', '$'};
        Random random = new Random(16);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder line = new StringBuilder(random.nextInt(3) == 0 ? "" : "--");
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                line.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String stripped = line.toString().strip();
            if (!stripped.startsWith("--")) {
                continue;
            }
            Matcher m = HEADER_LINE.matcher(stripped);
            String[] scanned = SqlRevisionParser.headerLine(stripped, 0, stripped.length());
            if (m.matches()) {
                assertThat(scanned).as(stripped).containsExactly(m.group(1), m.group(2));
            } else {
                assertThat(scanned).as(stripped).isNull();
            }
        }
        assertThat(SqlRevisionParser.headerLine("-- message : a\u0085", 0, 14)).containsExactly("message", " a");
        assertThat(SqlRevisionParser.headerLine("-- message: a\u2028b", 0, 14)).isNull();
    }

    @Test
    void theHandScannedMarkerAgreesWithTheRegexOnAnyLine() {
        Pattern marker = Pattern.compile("^--\\s*retort:\\s*(.*?)\\s*$", Pattern.CASE_INSENSITIVE);
        String[] pieces = {"-", "--", " ", "\t", "\u000B", "\f", "retort:", "RETORT:", "reTort:", "retort", ":", "up",
            "grade", "split", "off", "x", "\u0085", "\u2028", "\u00A0", "\u017F", "é"};
        Random random = new Random(16);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder line = new StringBuilder(random.nextInt(4) == 0 ? "" : "--");
            int length = random.nextInt(7);
            for (int i = 0; i < length; i++) {
                line.append(pieces[random.nextInt(pieces.length)]);
            }
            String stripped = line.toString().strip();
            Matcher m = marker.matcher(stripped);
            String name = SqlRevisionParser.markerName(stripped);
            if (m.matches()) {
                assertThat(name).as(stripped).isEqualTo(m.group(1));
                assertThat(SqlRevisionParser.collapseWhitespace(name)).isEqualTo(name.replaceAll("\\s+", " "));
            } else {
                assertThat(name).as(stripped).isNull();
            }
        }
    }

    @Test
    void aRevisionListedTwiceIsSaidSoNotACycle() {
        assertThatThrownBy(() -> parser.parse("m.sql", "-- revision: m1\n-- message: x\n-- down_revision: a1, a1\n"
                + "-- retort:upgrade\n")).isInstanceOf(ScriptException.class)
                .hasMessage("m.sql:3: malformed header: down_revision lists 'a1' twice; name each revision once");
        assertThatThrownBy(() -> parser.parse("m.sql", "-- revision: m1\n-- depends_on: b1,b1\n-- retort:upgrade\n"))
                .hasMessageContaining("m.sql:2: malformed header: depends_on lists 'b1' twice");
    }

    @Test
    void readsTheAlembicHeaderAndBothSections() {
        RevisionScript s = parser.parse("f.sql", """
                -- revision: 1975ea83b712
                -- down_revision: 3adcc9a56557
                -- branch_labels: billing
                -- depends_on: 55af2cb1c267
                -- message: add users table
                -- create_date: 2026-11-24 10:15:02
                -- transactional: true

                -- retort:upgrade
                CREATE TABLE users (id BIGINT PRIMARY KEY);
                GRANT SELECT ON users TO ${owner};

                -- retort:downgrade
                DROP TABLE users;
                """);
        assertThat(s.id()).isEqualTo("1975ea83b712");
        assertThat(s.downRevisions()).containsExactly("3adcc9a56557");
        assertThat(s.branchLabels()).containsExactly("billing");
        assertThat(s.dependsOn()).containsExactly("55af2cb1c267");
        assertThat(s.message()).isEqualTo("add users table");
        assertThat(s.createDate()).isEqualTo("2026-11-24 10:15:02");
        assertThat(s.transactional()).isTrue();
        assertThat(statements(s.upgrade())).isEqualTo("CREATE TABLE users (id BIGINT PRIMARY KEY) | GRANT SELECT ON users TO app");
        assertThat(statements(s.downgrade())).isEqualTo("DROP TABLE users");
        assertThat(s.checksum()).startsWith("1:").hasSize(2 + 64);
        assertThat(((RevisionBody.Sql) s.upgrade()).statements().get(0).line()).isEqualTo(10);
    }

    @Test
    void mergePointHasSeveralDownRevisions() {
        RevisionScript s = parser.parse("m.sql", "-- revision: m1\n-- down_revision: a1, b1\n-- retort:upgrade\n-- retort:downgrade\n");
        assertThat(s.downRevisions()).containsExactly("a1", "b1");
        assertThat(statements(s.upgrade())).isEmpty();
        assertThat(s.reversible()).isTrue();
    }

    @Test
    void missingDowngradeMarkerMakesTheRevisionIrreversible() {
        assertThat(parser.parse("f.sql", "-- revision: a1\n-- retort:upgrade\nSELECT 1;\n").reversible()).isFalse();
    }

    @Test
    void irreversibleMarkerMakesTheRevisionIrreversible() {
        RevisionScript s = parser.parse("f.sql", "-- revision: a1\n-- retort:upgrade\nSELECT 1;\n-- retort:irreversible\n");
        assertThat(s.reversible()).isFalse();
    }

    @Test
    void transactionalFalseIsRead() {
        RevisionScript s = parser.parse("f.sql", "-- revision: a1\n-- transactional: false\n-- retort:upgrade\nSELECT 1;\n");
        assertThat(s.transactional()).isFalse();
    }

    @Test
    void splitOffSendsTheSectionAsOneStatement() {
        RevisionScript s = parser.parse("f.sql", "-- revision: a1\n-- retort:upgrade\n-- retort:split off\nSELECT 1; SELECT 2;\n"
                + "-- retort:downgrade\nSELECT 3; SELECT 4;\n");
        assertThat(((RevisionBody.Sql) s.upgrade()).statements()).hasSize(1);
        assertThat(((RevisionBody.Sql) s.downgrade()).statements()).hasSize(2);
    }

    @Test
    void checksumIgnoresLineEndingsBomAndHeaderButNotSql() {
        String unix = "-- revision: a1\n-- message: one\n-- retort:upgrade\nSELECT 1;\n-- retort:downgrade\nSELECT 2;\n";
        String windows = "\uFEFF" + unix.replace("\n", "\r\n").replace("one", "two");
        String edited = unix.replace("SELECT 1", "SELECT 10");
        assertThat(parser.parse("a", unix).checksum()).isEqualTo(parser.parse("b", windows).checksum());
        assertThat(parser.parse("a", unix).checksum()).isNotEqualTo(parser.parse("c", edited).checksum());
    }

    @Test
    void missingRevisionHeaderIsAnError() {
        assertThatThrownBy(() -> parser.parse("db/x.sql", "-- message: hi\n-- retort:upgrade\nSELECT 1;"))
                .isInstanceOf(ScriptException.class)
                .hasMessageContaining("db/x.sql")
                .hasMessageContaining("revision");
    }

    @Test
    void missingUpgradeMarkerIsAnError() {
        assertThatThrownBy(() -> parser.parse("db/x.sql", "-- revision: a1\n"))
                .isInstanceOf(ScriptException.class)
                .hasMessageContaining("db/x.sql")
                .hasMessageContaining("-- retort:upgrade");
    }

    @Test
    void sqlBeforeTheUpgradeMarkerIsAnError() {
        assertThatThrownBy(() -> parser.parse("db/x.sql", "-- revision: a1\nSELECT 1;\n-- retort:upgrade\n"))
                .isInstanceOf(ScriptException.class)
                .hasMessageContaining("db/x.sql:2");
    }

    @Test
    void unknownHeaderKeyIsAMalformedHeader() {
        assertThatThrownBy(() -> parser.parse("db/x.sql", "-- revision: a1\n-- down_revison: b1\n-- retort:upgrade\n"))
                .isInstanceOf(ScriptException.class)
                .hasMessageContaining("db/x.sql:2")
                .hasMessageContaining("malformed header")
                .hasMessageContaining("down_revison");
    }

    @Test
    void repeatedHeaderKeyIsAnError() {
        assertThatThrownBy(() -> parser.parse("x.sql", "-- revision: a1\n-- revision: a2\n-- retort:upgrade\n"))
                .isInstanceOf(ScriptException.class)
                .hasMessageContaining("x.sql:2");
    }

    @Test
    void badTransactionalValueIsAnError() {
        assertThatThrownBy(() -> parser.parse("x.sql", "-- revision: a1\n-- transactional: maybe\n-- retort:upgrade\n"))
                .isInstanceOf(ScriptException.class)
                .hasMessageContaining("x.sql:2")
                .hasMessageContaining("transactional");
    }

    @Test
    void unknownMarkerIsAnError() {
        assertThatThrownBy(() -> parser.parse("x.sql", "-- revision: a1\n-- retort:upgrade\n-- retort:sideways\n"))
                .isInstanceOf(ScriptException.class)
                .hasMessageContaining("x.sql:3")
                .hasMessageContaining("sideways");
    }

    @Test
    void revisionIdWithIdentifierSyntaxIsAnError() {
        assertThatThrownBy(() -> parser.parse("x.sql", "-- revision: a-1\n-- retort:upgrade\n"))
                .isInstanceOf(ScriptException.class)
                .hasMessageContaining("x.sql")
                .hasMessageContaining("a-1");
    }

    @Test
    void revisionIdLongerThanTheVersionColumnIsAnError() {
        String id = "a".repeat(33);
        assertThatThrownBy(() -> parser.parse("x.sql", "-- revision: " + id + "\n-- retort:upgrade\n"))
                .isInstanceOf(ScriptException.class)
                .hasMessageContaining("33 characters");
    }

    @Test
    void unterminatedStringInAScriptNamesTheFileLineWhenSplit() {
        RevisionScript s = parser.parse("x.sql", "-- revision: a1\n-- retort:upgrade\nSELECT 'abc;\n");
        assertThatThrownBy(() -> ((RevisionBody.Sql) s.upgrade()).statements())
                .isInstanceOf(ScriptException.class)
                .hasMessageContaining("x.sql:3");
    }
}
