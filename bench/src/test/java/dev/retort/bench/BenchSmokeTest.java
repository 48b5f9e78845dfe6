package dev.retort.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.bench.report.BenchReport;
import dev.retort.bench.report.JsonReport;
import dev.retort.bench.report.MarkdownReport;
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
    void parsesTheSelectionFlags() {
        BenchOptions o = BenchOptions.parse(new String[] {"--quick", "--cases", "1,3", "--db", "pg", "--tools", "retort,raw"});

        assertThat(o.warmups()).isEqualTo(1);
        assertThat(o.trials()).isEqualTo(3);
        assertThat(o.cases()).containsExactly(1, 3);
        assertThat(o.databases()).containsExactly("postgresql");
        assertThat(o.tools()).containsExactlyInAnyOrder("retort", "raw");
    }
}
