package dev.retort.cli.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns configured locations into ones the engine can read from the CLI: relative {@code filesystem:}
 * paths (and bare paths) are resolved against the working directory, and {@code classpath:x} becomes
 * {@code src/main/resources/x} when that directory exists, since the CLI does not run on the
 * application's class path.
 */
public final class Locations {

    /** The directory {@code retort init} creates and the default location. */
    public static final String DEFAULT_DIRECTORY = "db/revisions";

    private static final String FILESYSTEM = "filesystem:";
    private static final String CLASSPATH = "classpath:";
    private static final String RESOURCES = "src/main/resources";

    private Locations() {
    }

    /**
     * @param configured comma-separated locations, or null for the default: {@code db/revisions}, else
     *     {@code src/main/resources/db/revisions} when only that exists
     */
    public static List<String> resolve(String configured, Path workingDir) {
        if (configured == null || configured.isBlank()) {
            Path plain = workingDir.resolve(DEFAULT_DIRECTORY);
            Path resources = workingDir.resolve(RESOURCES).resolve(DEFAULT_DIRECTORY);
            return List.of(FILESYSTEM + (!Files.isDirectory(plain) && Files.isDirectory(resources) ? resources : plain)
                    .toAbsolutePath().normalize());
        }
        List<String> out = new ArrayList<>();
        for (String item : configured.split(",")) {
            String location = item.strip();
            if (location.isEmpty()) {
                continue;
            }
            if (location.startsWith(CLASSPATH)) {
                String path = location.substring(CLASSPATH.length()).replaceAll("^/+", "");
                Path dir = workingDir.resolve(RESOURCES).resolve(path);
                out.add(Files.isDirectory(dir) ? FILESYSTEM + dir.toAbsolutePath().normalize() : location);
            } else {
                String path = location.startsWith(FILESYSTEM) ? location.substring(FILESYSTEM.length()) : location;
                out.add(FILESYSTEM + workingDir.resolve(path).toAbsolutePath().normalize());
            }
        }
        return out;
    }
}
