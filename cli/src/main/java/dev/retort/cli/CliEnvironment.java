package dev.retort.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the CLI runs in, passed in rather than read from {@link System} so tests can supply it.
 *
 * @param interactive true on a terminal: long migrations then show progress
 */
public record CliEnvironment(PrintStream out, PrintStream err, Map<String, String> env, Path workingDir,
        boolean interactive) {

    /**
     * Copies {@code env} and makes {@code workingDir} absolute.
     *
     * @param out standard output
     * @param err standard error
     * @param env the environment variables
     * @param workingDir the directory relative paths are resolved against
     * @param interactive true on a terminal: long migrations then show progress
     */
    public CliEnvironment {
        env = Map.copyOf(env);
        workingDir = workingDir.toAbsolutePath().normalize();
    }
}
