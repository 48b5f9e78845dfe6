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
 * Applies the precedence the CLI and the Maven plugin share: command-line flags (the plugin: {@code -Dretort.*} and
 * its {@code <configuration>}), then {@code RETORT_*} environment variables, then {@code retort.properties}, then
 * {@code application.properties}/{@code application.yml} (reading {@code retort.*}, {@code spring.datasource.*} and
 * the {@code spring.jpa.*} settings that shape the entities' tables) in the working directory (the plugin: the
 * project's base directory), then in {@code src/main/resources}. The first source that sets a key wins.
 */
public final class ConfigResolver {

    /** Name of the CLI's own configuration file, written by {@code retort init}. */
    public static final String RETORT_PROPERTIES = "retort.properties";

    /** Keys the CLI and the Maven plugin read (besides {@code placeholders.*} and {@code jpa.properties.*}). */
    public static final List<String> KEYS = List.of("url", "user", "password", "dialect", "locations", "schema",
            "version-table", "history-table", "transaction-mode", "lock.enabled", "lock.timeout",
            "validate-checksums", "placeholder-replacement", "installed-by", "autogenerate.schema", "autogenerate.exclude-tables", "autogenerate.source",
            "autogenerate.entity-packages", "jpa.physical-strategy", "jpa.implicit-strategy", "jpa.database-platform");

    /** Where Hibernate settings the app passes through {@code spring.jpa.properties.*} end up. */
    public static final String JPA_PROPERTIES = "jpa.properties.";

    /** Spring Boot's {@code spring.jpa.*} keys that shape the entities' tables (besides {@code spring.jpa.properties.*}). */
    public static final List<String> SPRING_JPA_KEYS = List.of("spring.jpa.hibernate.naming.physical-strategy",
            "spring.jpa.hibernate.naming.implicit-strategy", "spring.jpa.database-platform");

    private static final String ENV_PREFIX = "RETORT_";
    private static final String SPRING_JPA_PROPERTIES = "spring.jpa.properties.";
    /** Spring Boot's keys that Retort reads from application files, and the Retort key each one supplies. */
    private static final Map<String, String> SPRING_KEYS = Map.of(
            "spring.datasource.url", "url",
            "spring.datasource.username", "user",
            "spring.datasource.password", "password",
            "spring.jpa.hibernate.naming.physical-strategy", "jpa.physical-strategy",
            "spring.jpa.hibernate.naming.implicit-strategy", "jpa.implicit-strategy",
            "spring.jpa.database-platform", "jpa.database-platform");

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
        return resolve(List.of(new ConfigSource("command line", withoutNulls(flags))));
    }

    /**
     * Resolves every key, the adapter's own sources first, in their order: the CLI's flags; the Maven plugin's
     * {@code -Dretort.*} user properties, then its {@code <configuration>}.
     *
     * @param adapterSources the adapter's sources, highest first
     * @return the settings with their sources
     */
    public ResolvedConfig resolve(List<ConfigSource> adapterSources) {
        Map<String, Setting> out = new LinkedHashMap<>();
        List<ConfigSource> all = new ArrayList<>(adapterSources);
        all.addAll(fileAndEnvironmentSources());
        for (ConfigSource source : all) {
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
        sources.add(new ConfigSource("command line", withoutNulls(flags)));
        sources.addAll(fileAndEnvironmentSources());
        return sources;
    }

    private static Map<String, String> withoutNulls(Map<String, String> flags) {
        Map<String, String> given = new LinkedHashMap<>();
        flags.forEach((k, v) -> {
            if (v != null) {
                given.put(k, v);
            }
        });
        return given;
    }

    /** The environment, then the files that exist, highest first. */
    private List<ConfigSource> fileAndEnvironmentSources() {
        List<ConfigSource> sources = new ArrayList<>();
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

    /**
     * {@return the {@code jpa.*} settings Spring Boot's {@code spring.jpa.*} properties give, as application files
     * supply them to the CLI and the Maven plugin; for the starter, which reads them from the Environment}
     *
     * @param springProperties {@link #SPRING_JPA_KEYS} and {@code spring.jpa.properties.*}, by full name
     */
    public static Map<String, String> jpaSettings(Map<String, String> springProperties) {
        Map<String, String> out = new LinkedHashMap<>();
        fromApplication(springProperties).forEach((k, v) -> {
            if (k.startsWith("jpa.")) {
                out.put(k, v);
            }
        });
        return out;
    }

    private static Map<String, String> fromApplication(Map<String, String> raw) {
        Map<String, String> out = new LinkedHashMap<>(withoutPrefix(raw, false));
        SPRING_KEYS.forEach((springKey, key) -> {
            if (raw.containsKey(springKey)) {
                out.putIfAbsent(key, raw.get(springKey));
            }
        });
        raw.forEach((k, v) -> {
            if (k.startsWith(SPRING_JPA_PROPERTIES) && k.length() > SPRING_JPA_PROPERTIES.length()) {
                out.putIfAbsent(JPA_PROPERTIES + k.substring(SPRING_JPA_PROPERTIES.length()), v);
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
