package dev.retort.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.bench.report.BenchReport;
import dev.retort.bench.report.JsonReport;
import dev.retort.bench.report.MarkdownReport;
import dev.retort.bench.report.Measurement;
import dev.retort.bench.report.TargetResult;
import dev.retort.bench.report.Targets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness runs end to end on H2 with a handful of revisions and renders its tables. No timing is asserted. */
class BenchSmokeTest {

    @Test
    void producesTheTablesOnH2(@TempDir Path out) throws Exception {
        BenchOptions options = new BenchOptions(0, 1, Set.of(1, 2, 3), List.of("h2"), 5, 200, out,
                Set.of("retort", "flyway", "liquibase", "raw"));

        BenchReport report = BenchMain.run(options, line -> { });
        String markdown = MarkdownReport.render(report);

        assertThat(markdown)
                .contains("| 1 apply all from empty | h2 | Retort |")
                .contains("| 1 apply all from empty | h2 | Flyway |")
                .contains("| 1 apply all from empty | h2 | Liquibase |")
                .contains("| 2 all applied, nothing to do | h2 | raw JDBC |")
                .contains("| 3 load + resolve graph | none | Retort total |");
        assertThat(report.targets()).extracting(t -> t.target())
                .contains("Retort <= 1.3x raw JDBC", "Retort <= 0.3x Flyway", "load + resolve the graph < 300 ms");
        assertThat(JsonReport.render(report)).contains("\"tool\": \"Liquibase\"").contains("\"verdict\": ");
    }

    @Test
    void runsCases1And2ColdInFreshJvmsOnAnH2File(@TempDir Path out) throws Exception {
        BenchOptions options = new BenchOptions(0, 1, Set.of(1, 2), List.of("h2"), 5, 200, out,
                Set.of("retort", "flyway", "raw"), 1, false, 20, 5, Set.of("cold"));

        BenchReport report = BenchMain.run(options, line -> { });

        assertThat(report.measurements()).extracting(m -> m.caseNo() + " " + m.database() + " " + m.tool())
                .containsExactly("1 h2 file, cold Retort", "1 h2 file, cold Flyway", "1 h2 file, cold raw JDBC",
                        "2 h2 file, cold Retort", "2 h2 file, cold Flyway", "2 h2 file, cold raw JDBC");
        assertThat(report.targets()).extracting(t -> t.database() + ": " + t.target())
                .contains("h2 file, cold: Retort <= 1.3x raw JDBC", "h2 file, cold: Retort <= 1.4x raw JDBC");
    }

    @Test
    void parsesTheSelectionFlags() {
        BenchOptions o = BenchOptions.parse(new String[] {"--quick", "--cases", "1,3", "--db", "pg", "--tools", "retort,raw"});

        assertThat(o.warmups()).isEqualTo(1);
        assertThat(o.trials()).isEqualTo(3);
        assertThat(o.cases()).containsExactly(1, 3);
        assertThat(o.databases()).containsExactly("postgresql");
        assertThat(o.tools()).containsExactlyInAnyOrder("retort", "raw");
        assertThat(o.modes()).containsExactly("warm");
        assertThat(BenchOptions.parse(new String[] {"--mode", "warm,cold"}).modes()).containsExactly("warm", "cold");
    }

    @Test
    void parsesTheStartupCaseFlags() {
        BenchOptions o = BenchOptions.parse(new String[] {"--cases", "5", "--startup-trials", "4", "--startup-touch-db"});

        assertThat(o.cases()).containsExactly(5);
        assertThat(o.startupTrials()).isEqualTo(4);
        assertThat(o.startupTouchDb()).isTrue();
        assertThat(BenchOptions.parse(new String[] {"--quick"}).startupTrials()).isEqualTo(3);
        assertThat(BenchOptions.defaults().cases()).contains(5);
        assertThat(BenchOptions.defaults().startupTrials()).isEqualTo(7);
    }

    @Test
    void parsesTheAutogenerateCaseFlags() {
        BenchOptions o = BenchOptions.parse(new String[] {"--cases", "4", "--schema-tables", "20", "--schema-changed", "5"});

        assertThat(o.cases()).containsExactly(4);
        assertThat(o.schemaTables()).isEqualTo(20);
        assertThat(o.schemaChanged()).isEqualTo(5);
        assertThat(BenchOptions.defaults().cases()).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
        assertThat(BenchOptions.defaults().schemaTables()).isEqualTo(500);
        assertThat(BenchOptions.defaults().schemaChanged()).isEqualTo(50);
    }

    @Test
    void skipsTheAutogenerateCaseWithANoteWithoutPostgres(@TempDir Path out) throws Exception {
        BenchOptions options = new BenchOptions(0, 1, Set.of(4), List.of("h2"), 5, 200, out, Set.of("retort"));

        BenchReport report = BenchMain.run(options, line -> { });

        assertThat(report.measurements()).isEmpty();
        assertThat(report.notes()).singleElement().asString().contains("Skipped case 4");
    }

    @Test
    void setsLiquibaseDiffAgainstRetortsLikeForLikeRowInCase4() {
        List<Measurement> ms = List.of(
                new Measurement(4, "postgresql", Targets.AUTOGENERATE_COMPARE, List.of(100.0)),
                new Measurement(4, "postgresql", Targets.AUTOGENERATE_DIFF_RENDER, List.of(500.0)),
                new Measurement(4, "postgresql", Targets.AUTOGENERATE_COMMAND, List.of(2000.0)),
                new Measurement(4, "postgresql", Targets.LIQUIBASE_DIFF, List.of(10000.0)));

        List<TargetResult> targets = Targets.evaluate(ms);
        String markdown = MarkdownReport.render(new BenchReport(List.of(), ms, targets, List.of()));

        assertThat(targets).extracting(TargetResult::verdict).containsExactly("PASS", "MISS");
        assertThat(markdown)
                .contains("| postgresql | Retort reflect+compare | 100 | 100–100 | – | – |")
                .contains("| postgresql | Retort target+reflect+compare+render | 500 | 500–500 | – | 1.00× |")
                .contains("| postgresql | Retort revision --autogenerate | 2000 | 2000–2000 | – | – |")
                .contains("| postgresql | Liquibase diff | 10000 | 10000–10000 | – | 0.05× |");
    }

    @Test
    void judgesTheStartupTargetsOnJvmStartToReadyRoundByRound() {
        List<Measurement> ms = List.of(
                new Measurement(5, "h2 file", Targets.NO_MIGRATION, List.of(1000.0, 1200.0, 990.0)),
                new Measurement(5, "h2 file", Targets.RETORT, List.of(1060.0, 1240.0, 1020.0)),
                new Measurement(5, "h2 file", Targets.FLYWAY, List.of(1100.0, 1310.0, 1090.0)),
                new Measurement(5, "h2 file", Targets.RETORT_BEANS, List.of(30.0, 40.0, 20.0)),
                new Measurement(5, "h2 file", Targets.FLYWAY_BEANS, List.of(100.0, 110.0, 90.0)));

        List<TargetResult> targets = Targets.evaluate(ms);

        // per round: Retort - none = 60, 40, 30 (median 40); Retort - Flyway = -40, -70, -70 (median -70)
        assertThat(targets).extracting(TargetResult::value).containsExactly(40.0, -70.0);
        assertThat(targets).extracting(TargetResult::verdict).containsExactly("PASS", "PASS");
        assertThat(MarkdownReport.render(new BenchReport(List.of(), ms, targets, List.of())))
                .contains("| 5 app startup (JVM start to ready) | h2 file | Retort | 1060 |");
    }
}
