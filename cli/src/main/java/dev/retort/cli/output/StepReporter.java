package dev.retort.cli.output;

import dev.retort.MigrationListener;
import dev.retort.command.AlembicFormat;
import dev.retort.graph.MigrationPlan;
import dev.retort.graph.PlanStep;
import java.io.PrintStream;
import java.time.Duration;

/**
 * Prints each step as it starts ({@code Running upgrade a -> b, message}, as Alembic logs it, base as an empty
 * string) to the log stream (stderr). On a terminal it also shows progress: {@code [n/m]} before the step and its
 * time and the elapsed total after.
 */
public final class StepReporter implements MigrationListener {

    private final PrintStream out;
    private final boolean progress;
    private int total;
    private int index;
    private long startNanos;

    /**
     * @param out where the lines go
     * @param progress show {@code [n/m]} and timings (on a terminal)
     */
    public StepReporter(PrintStream out, boolean progress) {
        this.out = out;
        this.progress = progress;
    }

    @Override
    public void beforePlan(MigrationPlan plan) {
        total = plan.steps().size();
        index = 0;
        startNanos = System.nanoTime();
    }

    @Override
    public void beforeStep(PlanStep step) {
        index++;
        String line = AlembicFormat.step(step);
        if (progress) {
            out.print("[" + index + "/" + total + "] " + line + " ... ");
            out.flush();
        } else {
            out.println(line);
        }
    }

    @Override
    public void afterStep(PlanStep step, Duration duration, Throwable failure) {
        if (progress) {
            out.println((failure == null ? "done" : "FAILED") + " in " + duration.toMillis() + " ms (elapsed "
                    + elapsed() + ")");
        }
    }

    private String elapsed() {
        long seconds = Duration.ofNanos(System.nanoTime() - startNanos).toSeconds();
        return String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
