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

    public CliEnvironment {
        env = Map.copyOf(env);
        workingDir = workingDir.toAbsolutePath().normalize();
    }
}
