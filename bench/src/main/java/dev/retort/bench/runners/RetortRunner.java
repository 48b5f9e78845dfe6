package dev.retort.bench.runners;

import dev.retort.Retort;
import dev.retort.bench.gen.LinearWorkspace;
import java.time.Duration;
import javax.sql.DataSource;

/** Retort as the starter runs it: configure, load (scan, parse, build the graph), {@code upgrade heads} under the lock. */
public final class RetortRunner implements ToolRunner {

    private final LinearWorkspace workspace;

    public RetortRunner(LinearWorkspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public String name() {
        return "Retort";
    }

    @Override
    public void migrate(DataSource dataSource) {
        Retort.configure()
                .dataSource(dataSource)
                .locations("filesystem:" + workspace.retortDir())
                .lock(true, Duration.ofSeconds(60))
                .load()
                .upgrade("heads");
    }
}
