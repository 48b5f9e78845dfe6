package dev.retort.config;

import dev.retort.ConfigurationException;
import dev.retort.MigrationListener;
import dev.retort.Retort;
import dev.retort.RetortConfiguration;
import dev.retort.TransactionMode;
import dev.retort.command.AutogenerateCommand;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the engine's {@link RetortConfiguration} from resolved settings; shared by the CLI and the Maven
 * plugin so both read the same keys the same way.
 */
public final class EngineFactory {

    /** {@code retort.autogenerate.source}: the target comes from the project's JPA entities. */
    public static final String SOURCE_JPA = "jpa";
    /** {@code retort.autogenerate.source}: the target comes from the schema files ({@code retort.autogenerate.schema}). */
    public static final String SOURCE_SCHEMA = AutogenerateCommand.SCHEMA_SOURCE;

    private EngineFactory() {
    }

    /**
     * The configured {@code autogenerate.source}, {@link #SOURCE_JPA} or {@link #SOURCE_SCHEMA}; null when unset
     * (schema files, unless the Maven plugin finds {@code @Entity} classes).
     *
     * @param config the resolved settings
     * @return {@code jpa}, {@code schema} or null
     */
    public static String autogenerateSource(ResolvedConfig config) {
        Setting s = config.setting("autogenerate.source");
        if (s == null) {
            return null;
        }
        String v = s.value().strip().toLowerCase(Locale.ROOT);
        if (!v.equals(SOURCE_JPA) && !v.equals(SOURCE_SCHEMA)) {
            throw invalid("autogenerate.source", s, "jpa or schema");
        }
        return v;
    }

    /**
     * Loads the engine from {@code config}, resolving relative locations against {@code workingDir}.
     *
     * @param config the resolved settings
     * @param workingDir the directory relative locations are resolved against
     * @param listener hears each step of a migration
     * @return the engine
     */
    public static Retort load(ResolvedConfig config, Path workingDir, MigrationListener listener) {
        return configure(config, workingDir, listener).load();
    }

    /**
     * {@return the configuration {@link #load} would load, for adapters that add to it (a class loader, say)}
     *
     * @param config the resolved settings
     * @param workingDir the directory relative locations are resolved against
     * @param listener hears each step of a migration
     */
    public static RetortConfiguration configure(ResolvedConfig config, Path workingDir, MigrationListener listener) {
        RetortConfiguration c = Retort.configure()
                .locations(Locations.resolve(config.get("locations"), workingDir))
                .autogenerateSchema(Locations.resolveSchema(config.get("autogenerate.schema"), workingDir))
                .autogenerateExcludeTables(config.get("autogenerate.exclude-tables") == null ? List.of()
                        : List.of(config.get("autogenerate.exclude-tables").split(",")))
                .placeholders(config.placeholders())
                .revisionDirectory(Locations.revisionDirectory(config.get("locations"), workingDir))
                .listener(listener);
        String source = autogenerateSource(config);
        if (source != null) {
            // jpa: retort-jpa's provider, when it is on the engine's class path (the Maven plugin sets the entities'
            // target itself); the CLI alone says what to add
            c.autogenerateSource(source, autogenerateSettings(config));
        }
        if (config.get("url") != null) {
            c.url(config.get("url"), config.get("user"), config.get("password"));
        }
        if (config.get("dialect") != null) {
            c.dialect(config.get("dialect").toLowerCase(Locale.ROOT));
        }
        if (config.get("schema") != null) {
            c.schema(config.get("schema"));
        }
        if (config.get("version-table") != null) {
            c.versionTable(config.get("version-table"));
        }
        if (config.get("history-table") != null) {
            c.historyTable(config.get("history-table"));
        }
        if (config.get("placeholder-replacement") != null) {
            c.placeholderReplacement(bool(config.setting("placeholder-replacement"), "placeholder-replacement"));
        }
        if (config.get("installed-by") != null) {
            c.installedBy(config.get("installed-by"));
        }
        if (config.get("transaction-mode") != null) {
            c.transactionMode(transactionMode(config.setting("transaction-mode")));
        }
        if (config.get("validate-checksums") != null) {
            c.validateChecksums(bool(config.setting("validate-checksums"), "validate-checksums"));
        }
        if (config.get("lock.enabled") != null || config.get("lock.timeout") != null) {
            boolean enabled = config.get("lock.enabled") == null || bool(config.setting("lock.enabled"), "lock.enabled");
            Duration timeout = config.get("lock.timeout") == null ? Duration.ofSeconds(60)
                    : duration(config.setting("lock.timeout"), "lock.timeout");
            c.lock(enabled, timeout);
        }
        return c;
    }

    /**
     * {@return the settings of an {@code autogenerate.source} provider: the entity packages and the {@code jpa.*} keys}
     *
     * @param config the resolved settings
     */
    public static Map<String, String> autogenerateSettings(ResolvedConfig config) {
        Map<String, String> out = new LinkedHashMap<>();
        config.settings().forEach((key, setting) -> {
            if (key.equals("autogenerate.entity-packages") || key.startsWith("jpa.")) {
                out.put(key, setting.value());
            }
        });
        return out;
    }

    private static TransactionMode transactionMode(Setting s) {
        try {
            return TransactionMode.valueOf(s.value().strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw invalid("transaction-mode", s, "per-revision or all");
        }
    }

    private static boolean bool(Setting s, String key) {
        String v = s.value().strip().toLowerCase(Locale.ROOT);
        if (!v.equals("true") && !v.equals("false")) {
            throw invalid(key, s, "true or false");
        }
        return Boolean.parseBoolean(v);
    }

    /** Spring-style durations: {@code 60s}, {@code 2m}, {@code 500ms}, ISO-8601 {@code PT1M}, or plain seconds. */
    static Duration duration(Setting s, String key) {
        Duration d = parseDuration(s, key);
        if (d.isNegative()) {
            throw invalid(key, s, "a duration that is not negative (0s fails at once)");
        }
        return d;
    }

    private static Duration parseDuration(Setting s, String key) {
        String v = s.value().strip().toLowerCase(Locale.ROOT);
        try {
            if (v.startsWith("p") || v.startsWith("-p")) {
                return Duration.parse(v.toUpperCase(Locale.ROOT));
            }
            if (v.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
            }
            if (v.endsWith("s")) {
                return Duration.ofSeconds(Long.parseLong(v.substring(0, v.length() - 1)));
            }
            if (v.endsWith("m")) {
                return Duration.ofMinutes(Long.parseLong(v.substring(0, v.length() - 1)));
            }
            if (v.endsWith("h")) {
                return Duration.ofHours(Long.parseLong(v.substring(0, v.length() - 1)));
            }
            return Duration.ofSeconds(Long.parseLong(v));
        } catch (NumberFormatException | DateTimeParseException | ArithmeticException e) {
            throw invalid(key, s, "a duration such as 60s, 2m, 500ms or PT1M");
        }
    }

    private static ConfigurationException invalid(String key, Setting s, String expected) {
        return new ConfigurationException("Invalid " + key + " '" + s.value() + "' (from " + s.source() + "): expected "
                + expected);
    }
}
