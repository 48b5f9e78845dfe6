package dev.retort.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.cli.Main;
import dev.retort.cli.reliability.AttackCorpus.After;
import dev.retort.cli.reliability.AttackCorpus.Case;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the {@link AttackCorpus} through the CLI in-process, each case on its own copy of an H2 database at
 * revision {@code a1}: the exit code, what the message names, no stack trace, and the database afterwards.
 */
class AttackCorpusTest {

    private static final Pattern ERROR_LINE = Pattern.compile("(?m)^retort: error: \\S");

    private static final Pattern STACK_TRACE = Pattern.compile("(?m)^\\s+at [\\w.$]+\\(|^Caused by: |Exception in thread");

    @TempDir
    static Path baseline;

    @TempDir
    Path dir;

    @BeforeAll
    static void applyTheBaseRevision() throws Exception {
        Files.createDirectories(baseline.resolve("db/revisions"));
        Files.writeString(baseline.resolve("db/revisions/a1_base.sql"), AttackCorpus.GOOD);
        exec(url(baseline), "CREATE TABLE victim (id INT)");
        Run run = run(baseline, Map.of("RETORT_URL", url(baseline)), List.of("upgrade", "head"));
        assertThat(run.code).as(run.toString()).isZero();
    }

    static Stream<Case> corpus() {
        return AttackCorpus.all().stream();
    }

    @Test
    void theCorpusHoldsAtLeast130Cases() {
        assertThat(AttackCorpus.all()).hasSizeGreaterThanOrEqualTo(130);
        assertThat(AttackCorpus.all().stream().map(Case::toString).distinct()).hasSameSizeAs(AttackCorpus.all());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachBadInputGetsOneClearErrorAndLeavesTheDatabaseUnderstood(Case c) throws Exception {
        copy(baseline, dir);
        Path revisions = dir.resolve("db/revisions");
        for (Map.Entry<String, byte[]> file : c.files().entrySet()) {
            Files.write(revisions.resolve(file.getKey()), file.getValue());
        }
        Map<String, String> env = new HashMap<>(c.env());
        String url = url(dir);
        if (env.remove("CORPUS_DELETE_A1") != null) {
            Files.delete(revisions.resolve("a1_base.sql"));
        }
        String row = env.remove("CORPUS_VERSION_ROW");
        if (row != null) {
            exec(url, "INSERT INTO retort_version VALUES ('" + row + "')");
        }
        if (!c.args().contains("--url")) {
            env.put("RETORT_URL", url);
        }
        Snapshot before = Snapshot.of(url);

        Run run = run(dir, env, c.args());

        String output = run.out + run.err;
        assertThat(run.code).as(run.toString()).isEqualTo(c.exit());
        for (String mention : c.mentions()) {
            assertThat(output).as(run.toString()).contains(mention);
        }
        for (String absent : c.absent()) {
            assertThat(output).as(run.toString()).doesNotContain(absent);
        }
        if (!c.args().contains("--verbose")) {
            assertThat(STACK_TRACE.matcher(output).find()).as("stack trace in\n" + run).isFalse();
        }
        if (c.exit() != 0) {
            assertThat(ERROR_LINE.matcher(run.err).find()).as("one 'retort: error:' line in\n" + run).isTrue();
        }
        Snapshot after = Snapshot.of(url);
        assertThat(after.tables).as("the victim table survives").contains("VICTIM");
        if (c.after() == After.UNCHANGED) {
            assertThat(after).as(run.toString()).isEqualTo(before);
        } else if (c.exit() == 0) {
            assertThat(after).as(run.toString()).isNotEqualTo(before);
        } else {
            assertThat(after.versions).as("a failed step moves no version row").isEqualTo(before.versions);
            assertThat(after.failures).as("a failed step is recorded in the history").isGreaterThan(before.failures);
        }
        assertThat(Files.exists(dir.resolve("evil_x.sql")) || Files.exists(dir.getParent().resolve("evil_x.sql")))
                .isFalse();
    }

    /** Tables, version rows, history rows and failed history rows of the case's database. */
    record Snapshot(List<String> tables, List<String> versions, int history, int failures) {
        static Snapshot of(String url) throws SQLException {
            try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
                List<String> tables = column(s, "SELECT table_name FROM information_schema.tables "
                        + "WHERE table_schema = SCHEMA() ORDER BY 1");
                List<String> versions = column(s, "SELECT version_num FROM retort_version ORDER BY 1");
                int history = Integer.parseInt(column(s, "SELECT COUNT(*) FROM retort_history").get(0));
                int failures = Integer.parseInt(column(s, "SELECT COUNT(*) FROM retort_history "
                        + "WHERE success IS NULL OR NOT success").get(0));
                return new Snapshot(tables, versions, history, failures);
            }
        }
    }

    private static List<String> column(Statement s, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static String url(Path dir) {
        return "jdbc:h2:" + dir.resolve("db/h2").toAbsolutePath();
    }

    private static void exec(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().endsWith(".lock.db")) {
                    Files.copy(p, target);
                }
            }
        }
    }

    record Run(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private static Run run(Path workingDir, Map<String, String> env, List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int code = Main.run(args.toArray(String[]::new), o, e, env, workingDir);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }
}
