package dev.retort.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.graph.MigrationPlan;
import dev.retort.graph.PlanStep;
import dev.retort.graph.PlanStep.Operation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Step lines as Alembic logs them (base as an empty string), and progress (n of m, step time, elapsed) on a terminal. */
class StepReporterTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private static PlanStep stamp(List<String> from, List<String> to) {
        return new PlanStep(Operation.STAMP, null, from, to, List.of(), to);
    }

    @Test
    void plainOutputIsOneLinePerStep() {
        StepReporter reporter = new StepReporter(out, false);
        PlanStep step = stamp(List.of(), List.of("a1"));
        reporter.beforePlan(new MigrationPlan(List.of(), List.of("a1"), List.of(step)));
        reporter.beforeStep(step);
        reporter.afterStep(step, Duration.ofMillis(5), null);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("Running stamp_revision  -> a1\n");
    }

    @Test
    void onATerminalShowsStepNumberTimeAndElapsed() {
        StepReporter reporter = new StepReporter(out, true);
        PlanStep first = stamp(List.of(), List.of("a1"));
        PlanStep second = stamp(List.of("a1"), List.of("a2"));
        reporter.beforePlan(new MigrationPlan(List.of(), List.of("a2"), List.of(first, second)));
        reporter.beforeStep(first);
        reporter.afterStep(first, Duration.ofMillis(7), null);
        reporter.beforeStep(second);
        reporter.afterStep(second, Duration.ofMillis(3), new RuntimeException("boom"));
        assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).satisfiesExactly(
                l -> assertThat(l).matches("\\[1/2] Running stamp_revision  -> a1 \\.\\.\\. done in 7 ms \\(elapsed 0:00:0\\d\\)"),
                l -> assertThat(l).startsWith("[2/2] Running stamp_revision a1 -> a2 ... FAILED in 3 ms"));
    }
}
