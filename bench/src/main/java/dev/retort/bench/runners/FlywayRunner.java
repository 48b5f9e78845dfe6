package dev.retort.bench.runners;

import dev.retort.bench.gen.LinearWorkspace;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Flyway with its defaults ({@code validateOnMigrate}), {@code migrate} as Spring Boot's initializer calls it. */
public final class FlywayRunner implements ToolRunner {

    private final LinearWorkspace workspace;

    public FlywayRunner(LinearWorkspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public String name() {
        return "Flyway";
    }

    @Override
    public void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("filesystem:" + workspace.flywayDir())
                .load()
                .migrate();
    }
}
