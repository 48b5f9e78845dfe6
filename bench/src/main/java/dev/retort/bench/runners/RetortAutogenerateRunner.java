package dev.retort.bench.runners;

import dev.retort.Retort;
import dev.retort.bench.gen.AutogenerateSchemas;
import dev.retort.bench.report.Targets;
import dev.retort.command.AutogenerateCommand;
import dev.retort.exec.DriverManagerDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The whole {@code retort revision --autogenerate} in-process, as the CLI runs it: configure and load, open its
 * own connections, build the target in a scratch schema, reflect both, compare, render and write the revision.
 */
public final class RetortAutogenerateRunner implements DiffRunner<AutogenerateCommand.Result> {

    private final String url;
    private final Path work;
    private final AutogenerateSchemas schemas;
    private Path revisions;
    private int runs;

    /** @param work where each run gets its own empty revisions directory */
    public RetortAutogenerateRunner(String url, Path work, AutogenerateSchemas schemas) {
        this.url = url;
        this.work = work;
        this.schemas = schemas;
    }

    @Override
    public String name() {
        return Targets.AUTOGENERATE_COMMAND;
    }

    /** A fresh directory: an earlier run's revision would otherwise be the head the next one has to be at. */
    @Override
    public void prepare() throws Exception {
        revisions = Files.createDirectories(work.resolve("revisions-" + ++runs));
    }

    @Override
    public AutogenerateCommand.Result run() {
        return Retort.configure()
                .dataSource(new DriverManagerDataSource(url, null, null))
                .locations("filesystem:" + revisions)
                .revisionDirectory(revisions)
                .autogenerateSchema(List.of("filesystem:" + schemas.targetFile()))
                .serviceLoader(false)
                .load()
                .autogenerate("bench");
    }

    @Override
    public void check(AutogenerateCommand.Result result) {
        int changes = result.diff().changes().size();
        Path file = result.revision().file();
        if (changes != schemas.changed() || file == null || !Files.isRegularFile(file)) {
            throw new IllegalStateException(name() + " found " + changes + " changes (expected " + schemas.changed()
                    + ") and wrote " + file);
        }
    }
}
