package dev.retort.bench.runners;

import dev.retort.Retort;
import dev.retort.bench.gen.LinearWorkspace;
import dev.retort.script.RevisionIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * Retort as an application packaged with {@code retort:index} runs it: the same revision files on the class path
 * ({@code classpath:db/revisions}) with the build-time revision index beside them, so a start reads the index
 * instead of every file. The class path root is prepared once, by the setup run before the trials, next to the
 * workspace.
 */
public final class RetortIndexedRunner implements ToolRunner {

    private static final String LOCATION = "classpath:db/revisions";

    private final LinearWorkspace workspace;
    private final Path root;

    public RetortIndexedRunner(LinearWorkspace workspace) {
        this.workspace = workspace;
        this.root = classPathRoot(workspace);
    }

    /** {@return the class path root with {@code db/revisions} and its index, written by the first {@link #migrate}} */
    public static Path classPathRoot(LinearWorkspace workspace) {
        return workspace.retortDir().resolveSibling("retort-classpath");
    }

    /** Copies the files and writes the index on first use: the setup run, before any trial is timed. */
    private void prepare() {
        try {
            if (!Files.exists(root.resolve(RevisionIndex.resourceName("db/revisions")))) {
                Path dir = Files.createDirectories(root.resolve("db/revisions"));
                try (var files = Files.list(workspace.retortDir())) {
                    for (Path file : (Iterable<Path>) files::iterator) {
                        Files.copy(file, dir.resolve(file.getFileName().toString()));
                    }
                }
                RevisionIndex.write(root, LOCATION);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String name() {
        return "Retort+index";
    }

    @Override
    public void migrate(DataSource dataSource) throws Exception {
        prepare();
        try (URLClassLoader classPath = new URLClassLoader(new URL[] {root.toUri().toURL()},
                RetortIndexedRunner.class.getClassLoader())) {
            Retort.configure()
                    .classLoader(classPath)
                    .dataSource(dataSource)
                    .locations(LOCATION)
                    .lock(true, Duration.ofSeconds(60))
                    .load()
                    .upgrade("heads");
        }
    }
}
