package dev.retort.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns configured locations into ones the engine can read from the CLI: relative {@code filesystem:}
 * paths (and bare paths) are resolved against the working directory, and {@code classpath:x} becomes
 * {@code src/main/resources/x} when that file or directory exists, since the CLI does not run on the
 * application's class path.
 */
public final class Locations {

    /** The directory {@code retort init} creates and the default location. */
    public static final String DEFAULT_DIRECTORY = "db/revisions";
    /** The default target schema of autogenerate. */
    public static final String DEFAULT_SCHEMA = "db/schema.sql";

    private static final String FILESYSTEM = "filesystem:";
    private static final String CLASSPATH = "classpath:";
    private static final String RESOURCES = "src/main/resources";

    private Locations() {
    }

    /**
     * {@return the revision locations, relative ones resolved against {@code workingDir}}
     *
     * @param configured comma-separated locations, or null for the default: {@code db/revisions}, else
     *     {@code src/main/resources/db/revisions} when only that exists
     * @param workingDir the directory relative locations are resolved against
     */
    public static List<String> resolve(String configured, Path workingDir) {
        return resolve(configured, workingDir, DEFAULT_DIRECTORY);
    }

    /**
     * {@return the target schema's files or directories, relative ones resolved against {@code workingDir}}
     *
     * @param configured comma-separated schema files or directories, or null for the default: {@code db/schema.sql},
     *     else {@code src/main/resources/db/schema.sql} when only that exists
     * @param workingDir the directory relative paths are resolved against
     */
    public static List<String> resolveSchema(String configured, Path workingDir) {
        return resolve(configured, workingDir, DEFAULT_SCHEMA);
    }

    /**
     * Where {@code revision} and {@code merge} write: the first location, a {@code classpath:} one as its folder under
     * {@code src/main/resources} (created if missing), a {@code filesystem:} one resolved against {@code workingDir};
     * null when no location is configured at all.
     */
    public static Path revisionDirectory(String configured, Path workingDir) {
        if (configured != null) {
            String first = Arrays.stream(configured.split(",")).map(String::strip).filter(l -> !l.isEmpty())
                    .findFirst().orElse(null);
            if (first == null) {
                return null;
            }
            if (first.startsWith(CLASSPATH)) {
                return workingDir.resolve(RESOURCES).resolve(first.substring(CLASSPATH.length()).replaceAll("^/+", ""))
                        .toAbsolutePath().normalize();
            }
        }
        return Path.of(resolve(configured, workingDir).get(0).substring(FILESYSTEM.length()));
    }

    private static List<String> resolve(String configured, Path workingDir, String defaultPath) {
        if (configured == null || configured.isBlank()) {
            Path plain = workingDir.resolve(defaultPath);
            Path resources = workingDir.resolve(RESOURCES).resolve(defaultPath);
            return List.of(FILESYSTEM + (!Files.exists(plain) && Files.exists(resources) ? resources : plain)
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
                Path resource = workingDir.resolve(RESOURCES).resolve(path);
                out.add(Files.exists(resource) ? FILESYSTEM + resource.toAbsolutePath().normalize() : location);
            } else {
                String path = location.startsWith(FILESYSTEM) ? location.substring(FILESYSTEM.length()) : location;
                out.add(FILESYSTEM + workingDir.resolve(path).toAbsolutePath().normalize());
            }
        }
        return out;
    }
}
