package dev.retort.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.bench.cases.AutogenerateCase;
import dev.retort.bench.cases.TrialPlan;
import dev.retort.bench.db.PostgresDatabase;
import dev.retort.bench.gen.AutogenerateSchemas;
import dev.retort.bench.report.BenchReport;
import dev.retort.bench.report.MarkdownReport;
import dev.retort.bench.report.Measurement;
import dev.retort.bench.report.TargetResult;
import dev.retort.bench.report.Targets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

/**
 * Case 4 end to end on a small schema (20 tables, 5 changed), one trial: every row runs and passes its own
 * check (the expected number of changes). Needs PostgreSQL from {@code RETORT_TEST_POSTGRES_URL}; skipped
 * without it, except under {@code CI=true}. No timing is asserted.
 */
class AutogenerateCaseSmokeTest {

    private static PostgresDatabase postgres;

    @BeforeAll
    static void server() {
        String url = System.getenv("RETORT_TEST_POSTGRES_URL");
        if (url == null || url.isBlank()) {
            String reason = "case 4 needs PostgreSQL: set RETORT_TEST_POSTGRES_URL "
                    + "(e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true and no database: " + reason);
            }
            throw new TestAbortedException(reason);
        }
        postgres = new PostgresDatabase(url);
        assertThat(postgres.unavailableReason()).isNull();
    }

    @Test
    void measuresTheThreeRowsOnASmallSchema(@TempDir Path work) throws Exception {
        AutogenerateSchemas schemas = AutogenerateSchemas.write(work, 20, 5);

        List<Measurement> measurements = new AutogenerateCase(schemas, work, new TrialPlan(0, 1), line -> { })
                .run(postgres);
        List<TargetResult> targets = Targets.evaluate(measurements);
        String markdown = MarkdownReport.render(new BenchReport(List.of(), measurements, targets, List.of()));

        assertThat(measurements).extracting(Measurement::tool).containsExactly(Targets.AUTOGENERATE_COMPARE,
                Targets.AUTOGENERATE_DIFF_RENDER,
                Targets.AUTOGENERATE_COMMAND, Targets.LIQUIBASE_DIFF);
        assertThat(targets).extracting(TargetResult::target).containsExactly(
                "Retort reflect+compare <= 300 ms", "Retort revision --autogenerate <= 1500 ms");
        assertThat(markdown).contains("| 4 reflect + diff schema (autogenerate) | postgresql | Liquibase diff |");
    }
}
