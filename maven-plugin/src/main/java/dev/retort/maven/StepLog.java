package dev.retort.maven;

import dev.retort.MigrationListener;
import dev.retort.command.AlembicFormat;
import dev.retort.graph.PlanStep;
import org.apache.maven.plugin.logging.Log;

/**
 * Logs each migration step as it starts, as Alembic does and the CLI prints it ({@code Running upgrade a -> b,
 * message}); the engine itself logs each step's duration through SLF4J, which Maven prints.
 */
final class StepLog implements MigrationListener {

    private final Log log;

    StepLog(Log log) {
        this.log = log;
    }

    @Override
    public void beforeStep(PlanStep step) {
        log.info(AlembicFormat.step(step));
    }
}
