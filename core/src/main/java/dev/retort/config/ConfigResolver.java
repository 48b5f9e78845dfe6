package dev.retort.config;

import dev.retort.ConfigurationException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Applies the precedence the CLI and the Maven plugin share: command-line flags (or plugin settings), then
 * {@code RETORT_*} environment variables, then {@code retort.properties}, then {@code application.properties}/{@code application.yml} (reading
 * {@code retort.*} and {@code spring.datasource.*}) in the working directory, then in
 * {@code src/main/resources}. The first source that sets a key wins.
 */
public final class ConfigResolver {

    /** Name of the CLI's own configuration file, written by {@code retort init}. */
    public static final String RETORT_PROPERTIES = "retort.properties";

    /** Keys the CLI reads (besides {@code placeholders.*}). */
    public static final List<String> KEYS = List.of("url", "user", "password", "dialect", "locations", "schema",
            "version-table", "history-table", "transaction-mode", "lock.enabled", "lock.timeout",
            "validate-checksums", "installed-by", "autogenerate.schema", "autogenerate.exclude-tables");

    private static final String ENV_PREFIX = "RETORT_";
    private static final Map<String, String> SPRING_DATASOURCE = Map.of(
            "spring.datasource.url", "url",
            "spring.datasource.username", "user",
            "spring.datasource.password", "password");

    private final Map<String, String> env;
    private final Path workingDir;

    /**
     * @param env the environment to read {@code RETORT_*} from (injectable for tests)
     * @param workingDir the directory holding {@code retort.properties} and {@code application.*}
     */
    public ConfigResolver(Map<String, String> env, Path workingDir) {
        this.env = Map.copyOf(env);
        this.workingDir = workingDir;
    }

    /**
     * Resolves every key, {@code flags} first.
     *
     * @param flags command-line settings, key → value (nulls ignored)
     * @return the settings with their sources
     */
    public ResolvedConfig resolve(Map<String, String> flags) {
        Map<String, Setting> out = new LinkedHashMap<>();
        for (ConfigSource source : sources(flags)) {
            source.values().forEach((k, v) -> {
                if (v != null && !v.isEmpty()) {
                    out.putIfAbsent(k, new Setting(v, source.name()));
                }
            });
        }
        return new ResolvedConfig(out);
    }

    /**
     * {@return the sources in precedence order, highest first; absent files are left out}
     *
     * @param flags command-line settings, key → value (nulls ignored)
     */
    public List<ConfigSource> sources(Map<String, String> flags) {
        List<ConfigSource> sources = new ArrayList<>();
        Map<String, String> given = new LinkedHashMap<>();
        flags.forEach((k, v) -> {
            if (v != null) {
                given.put(k, v);
            }
        });
        sources.add(new ConfigSource("command line", given));
        sources.add(new ConfigSource("environment", fromEnvironment()));
        Path retortProperties = workingDir.resolve(RETORT_PROPERTIES);
        if (Files.isRegularFile(retortProperties)) {
            sources.add(new ConfigSource(retortProperties.getFileName().toString(),
                    withoutPrefix(readProperties(retortProperties), true)));
        }
        for (Path dir : List.of(workingDir, workingDir.resolve("src/main/resources"))) {
            for (String name : List.of("application.properties", "application.yml", "application.yaml")) {
                Path file = dir.resolve(name);
                if (Files.isRegularFile(file)) {
                    Map<String, String> raw = name.endsWith(".properties") ? readProperties(file) : readYaml(file);
                    sources.add(new ConfigSource(workingDir.relativize(file).toString(), fromApplication(raw)));
                }
            }
        }
        return sources;
    }

    private Map<String, String> fromEnvironment() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String key : KEYS) {
            String value = env.get(envName(key));
            if (value != null) {
                out.put(key, value);
            }
        }
        String placeholders = ENV_PREFIX + "PLACEHOLDERS_";
        env.forEach((name, value) -> {
            if (name.startsWith(placeholders) && name.length() > placeholders.length()) {
                out.put(ResolvedConfig.PLACEHOLDER_PREFIX + name.substring(placeholders.length()).toLowerCase(Locale.ROOT),
                        value);
            }
        });
        return out;
    }

    /** The key of the placeholder {@code name}: {@code placeholders.<name>}, as flags and files spell it. */
    public static String placeholderKey(String name) {
        if (name.isBlank() || name.contains("}")) {
            throw new ConfigurationException("Invalid placeholder name '" + name + "': give -x name=value with the "
                    + "name used in ${name}");
        }
        return ResolvedConfig.PLACEHOLDER_PREFIX + name;
    }

    /** The environment variable for a key, as Spring's relaxed binding spells it: {@code RETORT_VERSION_TABLE}. */
    public static String envName(String key) {
        return ENV_PREFIX + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    private static Map<String, String> fromApplication(Map<String, String> raw) {
        Map<String, String> out = new LinkedHashMap<>(withoutPrefix(raw, false));
        SPRING_DATASOURCE.forEach((springKey, key) -> {
            if (raw.containsKey(springKey)) {
                out.putIfAbsent(key, raw.get(springKey));
            }
        });
        return out;
    }

    /** Keys under {@code retort.}, prefix removed; with {@code keepUnprefixed}, bare keys too (retort.properties). */
    private static Map<String, String> withoutPrefix(Map<String, String> raw, boolean keepUnprefixed) {
        Map<String, String> out = new LinkedHashMap<>();
        raw.forEach((k, v) -> {
            if (k.startsWith("retort.")) {
                out.put(k.substring("retort.".length()), v);
            } else if (keepUnprefixed) {
                out.putIfAbsent(k, v);
            }
        });
        return out;
    }

    private static Map<String, String> readProperties(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigFileException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        Map<String, String> out = new LinkedHashMap<>();
        p.stringPropertyNames().stream().sorted().forEach(k -> out.put(k, p.getProperty(k).strip()));
        return out;
    }

    private static Map<String, String> readYaml(Path file) {
        try {
            return YamlReader.read(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new ConfigFileException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
