package dev.retort;

import dev.retort.command.CommandContext;
import dev.retort.config.Secrets;
import dev.retort.schema.TargetSchemaProvider;
import dev.retort.schema.TargetSchemaSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Everything the engine is configured with; {@link #load()} reads the revisions once and returns a
 * ready {@link Retort}. Obtain one with {@link Retort#configure()}.
 */
public final class RetortConfiguration {

    /** Where revisions are read from unless configured otherwise; its absence is a warning, not an error. */
    public static final String DEFAULT_LOCATION = "classpath:db/revisions";

    DataSource dataSource;
    String url;
    String user;
    String password;
    String dialect;
    List<String> locations = new ArrayList<>(List.of(DEFAULT_LOCATION));
    boolean failOnMissingLocations;
    String versionTable = "retort_version";
    String historyTable = "retort_history";
    String schema;
    TransactionMode transactionMode = TransactionMode.PER_REVISION;
    boolean lockEnabled = true;
    Duration lockTimeout = Duration.ofSeconds(60);
    boolean validateChecksums = true;
    Map<String, String> placeholders = new LinkedHashMap<>();
    boolean placeholderReplacement = true;
    List<JavaRevision> javaRevisions = new ArrayList<>();
    boolean serviceLoader = true;
    ClassLoader classLoader = Thread.currentThread().getContextClassLoader() != null
            ? Thread.currentThread().getContextClassLoader() : RetortConfiguration.class.getClassLoader();
    MigrationListener listener = new MigrationListener() { };
    Path revisionDirectory;
    String installedBy;
    List<String> autogenerateSchema = new ArrayList<>(List.of("classpath:db/schema.sql"));
    List<String> autogenerateExcludeTables = new ArrayList<>();
    TargetSchemaSource autogenerateTarget;
    String autogenerateSource;
    Map<String, String> autogenerateSettings = new LinkedHashMap<>();
    int connectRetries;
    Duration connectRetriesInterval = Duration.ofSeconds(120);
    boolean baselineOnUpgrade;
    String baselineRevision;
    boolean createSchemas = true;
    List<String> initSqls = new ArrayList<>();
    private final Set<String> secrets = new LinkedHashSet<>();

    RetortConfiguration() {
    }

    /**
     * Sets the database to migrate.
     *
     * @param dataSource the database
     * @return this configuration
     */
    public RetortConfiguration dataSource(DataSource dataSource) {
        this.dataSource = dataSource;
        return this;
    }

    /**
     * Sets a JDBC URL to connect with when no DataSource is given (the CLI's way).
     *
     * @param url the JDBC URL
     * @param user the user, or {@code null}
     * @param password the password, or {@code null}
     * @return this configuration
     */
    public RetortConfiguration url(String url, String user, String password) {
        secrets.addAll(Secrets.secretsOf(url, password));
        this.url = url;
        this.user = user;
        this.password = password;
        return this;
    }

    /**
     * Names the connection whose secrets must never be printed, for a {@link #dataSource} built from a URL (the
     * starter's {@code retort.url}): its password and the URL's credentials are masked in every message.
     *
     * @param url the JDBC URL, or {@code null}
     * @param password the password, or {@code null}
     * @return this configuration
     */
    public RetortConfiguration secretsOf(String url, String password) {
        secrets.addAll(Secrets.secretsOf(url, password));
        return this;
    }

    /**
     * Forces a dialect instead of detecting it; needed offline.
     *
     * @param dialect {@code h2}, {@code postgresql} or {@code mariadb}
     * @return this configuration
     */
    public RetortConfiguration dialect(String dialect) {
        this.dialect = dialect;
        return this;
    }

    /**
     * Sets where revision files are; default {@code classpath:db/revisions}.
     *
     * @param locations {@code classpath:} or {@code filesystem:} locations
     * @return this configuration
     */
    public RetortConfiguration locations(String... locations) {
        return locations(List.of(locations));
    }

    /**
     * Sets where revision files are; default {@code classpath:db/revisions}.
     *
     * @param locations {@code classpath:} or {@code filesystem:} locations
     * @return this configuration
     */
    public RetortConfiguration locations(List<String> locations) {
        this.locations = new ArrayList<>(locations);
        return this;
    }

    /**
     * Whether a missing location is an error even when it is the default {@value #DEFAULT_LOCATION} (which
     * otherwise only logs a warning); a location configured explicitly that does not exist is always an error.
     */
    public RetortConfiguration failOnMissingLocations(boolean fail) {
        this.failOnMissingLocations = fail;
        return this;
    }

    /**
     * Sets the version table's name; default {@code retort_version} ({@code alembic_version} shares Alembic's).
     *
     * @param versionTable the table name
     * @return this configuration
     */
    public RetortConfiguration versionTable(String versionTable) {
        this.versionTable = tableName("version-table", versionTable);
        return this;
    }

    /**
     * Sets the history table's name; default {@code retort_history}.
     *
     * @param historyTable the table name
     * @return this configuration
     */
    public RetortConfiguration historyTable(String historyTable) {
        this.historyTable = tableName("history-table", historyTable);
        return this;
    }

    /**
     * Sets the schema of the version and history tables; default the connection's current schema.
     *
     * @param schema the schema name
     * @return this configuration
     */
    public RetortConfiguration schema(String schema) {
        if (schema != null && !schema.isBlank()) {
            printable("schema", schema);
        }
        this.schema = schema;
        return this;
    }

    /**
     * A table name: any printable text, quoted in SQL where it must be. A dot is refused because it would read as
     * {@code schema.table} to a person and as one quoted name to the database; the schema has its own setting.
     */
    private static String tableName(String key, String name) {
        Objects.requireNonNull(name);
        if (name.isBlank()) {
            throw new ConfigurationException(key + " must not be empty");
        }
        printable(key, name);
        if (name.indexOf('.') >= 0) {
            throw new ConfigurationException("Invalid " + key + " '" + name + "': a table name cannot contain '.'; "
                    + "set the schema with retort.schema (--schema) instead");
        }
        return name;
    }

    private static void printable(String key, String name) {
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            if (Character.isISOControl(ch)) {
                throw new ConfigurationException("Invalid " + key + ": the name contains the control character U+"
                        + String.format("%04X", (int) ch) + " at position " + (i + 1) + "; use printable characters");
            }
        }
    }

    /**
     * Sets how revisions are wrapped in transactions; default one transaction per revision.
     *
     * @param mode the transaction mode
     * @return this configuration
     */
    public RetortConfiguration transactionMode(TransactionMode mode) {
        this.transactionMode = Objects.requireNonNull(mode);
        return this;
    }

    /**
     * Configures the database-native migration lock; default on, 60 seconds.
     *
     * @param enabled whether to take the lock
     * @param timeout how long to wait for another holder
     * @return this configuration
     */
    public RetortConfiguration lock(boolean enabled, Duration timeout) {
        if (timeout.isNegative()) {
            throw new ConfigurationException("lock.timeout must not be negative, not " + timeout
                    + "; use 0s to fail at once when another process holds the lock");
        }
        this.lockEnabled = enabled;
        this.lockTimeout = timeout;
        return this;
    }

    /**
     * Sets whether a changed script of an applied revision is an error; default true.
     *
     * @param validate whether to validate checksums
     * @return this configuration
     */
    public RetortConfiguration validateChecksums(boolean validate) {
        this.validateChecksums = validate;
        return this;
    }

    /**
     * Sets the values of {@code ${name}} placeholders in SQL.
     *
     * @param placeholders values by placeholder name
     * @return this configuration
     */
    public RetortConfiguration placeholders(Map<String, String> placeholders) {
        this.placeholders = new LinkedHashMap<>(placeholders);
        return this;
    }

    /**
     * Sets whether {@code ${name}} placeholders are replaced; default true. When on, a placeholder without a value
     * is an error before any SQL runs; when off, SQL runs exactly as written.
     *
     * @param replace whether to replace placeholders
     * @return this configuration
     */
    public RetortConfiguration placeholderReplacement(boolean replace) {
        this.placeholderReplacement = replace;
        return this;
    }

    /**
     * Sets the Java revisions to include besides those found through {@link java.util.ServiceLoader}.
     *
     * @param revisions the revisions
     * @return this configuration
     */
    public RetortConfiguration javaRevisions(List<? extends JavaRevision> revisions) {
        this.javaRevisions = new ArrayList<>(revisions);
        return this;
    }

    /**
     * Sets whether to look up {@code META-INF/services/dev.retort.JavaRevision}; default true.
     *
     * @param enabled whether to use the service loader
     * @return this configuration
     */
    public RetortConfiguration serviceLoader(boolean enabled) {
        this.serviceLoader = enabled;
        return this;
    }

    /**
     * Sets the class loader for {@code classpath:} locations and the service loader; default the thread's context class
     * loader.
     *
     * @param classLoader the class loader
     * @return this configuration
     */
    public RetortConfiguration classLoader(ClassLoader classLoader) {
        this.classLoader = Objects.requireNonNull(classLoader);
        return this;
    }

    /**
     * Sets the listener that hears each executed step.
     *
     * @param listener the listener
     * @return this configuration
     */
    public RetortConfiguration listener(MigrationListener listener) {
        this.listener = Objects.requireNonNull(listener);
        return this;
    }

    /**
     * Sets where {@code revision} and {@code merge} write new files; default derived from the first location.
     *
     * @param directory the directory
     * @return this configuration
     */
    public RetortConfiguration revisionDirectory(Path directory) {
        this.revisionDirectory = directory;
        return this;
    }

    /**
     * Sets the name recorded in the history table; default the database user of the migration connection.
     *
     * @param installedBy the name
     * @return this configuration
     */
    public RetortConfiguration installedBy(String installedBy) {
        this.installedBy = installedBy;
        return this;
    }

    /**
     * Sets the declarative DDL that autogenerate and check compare with; default {@code classpath:db/schema.sql}.
     *
     * @param locations files or directories of {@code .sql} files
     * @return this configuration
     */
    public RetortConfiguration autogenerateSchema(List<String> locations) {
        this.autogenerateSchema = new ArrayList<>(locations);
        return this;
    }

    /**
     * Glob patterns ({@code *}, {@code ?}, ignoring case) of tables, views and sequences that autogenerate and check
     * leave out; {@code !pattern} compares again what an earlier pattern left out. Other migration tools' tables
     * ({@code alembic_version}, {@code flyway_schema_history}, {@code databasechangelog},
     * {@code databasechangeloglock}) are left out before these, Retort's own tables always.
     *
     * @param patterns the globs ({@code retort.autogenerate.exclude-tables})
     * @return this configuration
     */
    public RetortConfiguration autogenerateExcludeTables(List<String> patterns) {
        this.autogenerateExcludeTables = new ArrayList<>(patterns);
        return this;
    }

    /**
     * Where autogenerate and check take the target schema from instead of {@link #autogenerateSchema} files: JPA
     * entities ({@code dev.retort.jpa.JpaTargetSchemaSource}) or any other source; null for the schema files.
     *
     * @param target the target schema, or null
     * @return this configuration
     */
    public RetortConfiguration autogenerateTarget(TargetSchemaSource target) {
        this.autogenerateTarget = target;
        return this;
    }

    /**
     * Names where autogenerate and check take the target schema from, when no {@link #autogenerateTarget} is set:
     * {@code schema} (the {@link #autogenerateSchema} files; also when null, the default) or the source of a
     * {@link TargetSchemaProvider} on the class path, such as {@code jpa} from {@code retort-jpa} (the application's
     * JPA entities). The provider is looked up only when a command compares.
     *
     * @param source {@code schema}, {@code jpa}, another provider's name, or null
     * @param settings the provider's settings, e.g. {@code autogenerate.entity-packages} or
     *     {@code jpa.physical-strategy} (the keys the CLI reads)
     * @return this configuration
     */
    public RetortConfiguration autogenerateSource(String source, Map<String, String> settings) {
        this.autogenerateSource = source == null || source.isBlank() ? null : source.strip().toLowerCase(Locale.ROOT);
        this.autogenerateSettings = new LinkedHashMap<>(settings);
        return this;
    }

    /**
     * How many times a migrating command retries a connection the database refused (a server still starting),
     * waiting 1s, then twice as long each time up to {@link #connectRetriesInterval(Duration)}; default 0.
     */
    public RetortConfiguration connectRetries(int retries) {
        if (retries < 0) {
            throw new ConfigurationException("connect-retries must not be negative, not " + retries);
        }
        this.connectRetries = retries;
        return this;
    }

    /** The longest wait between two connection attempts; default 120s. */
    public RetortConfiguration connectRetriesInterval(Duration maxInterval) {
        if (maxInterval == null || maxInterval.isNegative()) {
            throw new ConfigurationException("connect-retries-interval must be a positive duration, not " + maxInterval);
        }
        this.connectRetriesInterval = maxInterval;
        return this;
    }

    /**
     * Whether an upgrade adopts a database that has tables but no version table: it is first stamped at
     * {@link #baselineRevision(String)} (which must then be set), then upgraded from there.
     */
    public RetortConfiguration baselineOnUpgrade(boolean baseline) {
        this.baselineOnUpgrade = baseline;
        return this;
    }

    /** The revision an existing schema corresponds to, for {@link #baselineOnUpgrade(boolean)}. */
    public RetortConfiguration baselineRevision(String revision) {
        this.baselineRevision = revision;
        return this;
    }

    /** Whether the schema of the version and history tables is created when it does not exist; default true. */
    public RetortConfiguration createSchemas(boolean create) {
        this.createSchemas = create;
        return this;
    }

    /** SQL statements run on every connection Retort opens, before anything else (e.g. {@code SET ROLE}). */
    public RetortConfiguration initSqls(List<String> statements) {
        this.initSqls = new ArrayList<>(statements);
        return this;
    }

    /**
     * Loads and validates every revision and builds the graph.
     *
     * @return the engine
     */
    public Retort load() {
        return new Retort(CommandContext.create(this));
    }

    /**
     * Like {@link #load()}, but takes the revisions of {@code loaded} when it read them with the same loading settings
     * ({@link #loadsSameRevisionsAs}): for an adapter that loaded them ahead, on a background thread.
     *
     * @param loaded an engine loaded earlier, or {@code null}
     * @return the engine
     */
    public Retort load(Retort loaded) {
        if (loaded == null || !loadsSameRevisionsAs(loaded.context().config())) {
            return load();
        }
        return new Retort(CommandContext.create(this, loaded.graph()));
    }

    /**
     * Whether loading with {@code other} reads the same revisions as with this configuration: the same locations,
     * placeholders, class loader and named dialect (which decides how SQL is split), and no Java revisions given.
     */
    public boolean loadsSameRevisionsAs(RetortConfiguration other) {
        // every setting RevisionLoader and RevisionGraph read; a dialect only learnt on a connection is never the same
        return other != null && dialect != null && dialect.equals(other.dialect)
                && locations.equals(other.locations) && failOnMissingLocations == other.failOnMissingLocations
                && placeholders.equals(other.placeholders) && placeholderReplacement == other.placeholderReplacement
                && javaRevisions.isEmpty() && other.javaRevisions.isEmpty() && serviceLoader == other.serviceLoader
                && classLoader == other.classLoader;
    }

    // accessors for the command layer
    /** {@return the database to migrate, or {@code null} when a URL is used} */
    public DataSource dataSource() { return dataSource; }
    /** {@return the JDBC URL used when no DataSource is given, or {@code null}} */
    public String url() { return url; }
    /** {@return the user of the JDBC URL, or {@code null}} */
    public String user() { return user; }
    /** {@return the password of the JDBC URL, or {@code null}} */
    public String password() { return password; }

    /** {@return the values masked in every message: passwords and URL credentials} */
    public List<String> secrets() { return List.copyOf(secrets); }
    /** {@return the forced dialect name, or {@code null} to detect it} */
    public String dialectName() { return dialect; }
    /** {@return the locations of revision files} */
    public List<String> locations() { return List.copyOf(locations); }
    /** {@return the version table's name} */
    public String versionTable() { return versionTable; }
    /** {@return the history table's name} */
    public String historyTable() { return historyTable; }
    /** {@return the schema of the state tables, or {@code null} for the connection's} */
    public String schema() { return schema; }
    /** {@return how revisions are wrapped in transactions} */
    public TransactionMode transactionMode() { return transactionMode; }
    /** {@return whether the migration lock is taken} */
    public boolean lockEnabled() { return lockEnabled; }
    /** {@return how long to wait for the migration lock} */
    public Duration lockTimeout() { return lockTimeout; }
    /** {@return whether checksums of applied revisions are validated} */
    public boolean validateChecksums() { return validateChecksums; }
    /** {@return the placeholder values by name} */
    public Map<String, String> placeholders() { return Map.copyOf(placeholders); }

    /** {@return whether {@code ${name}} placeholders are replaced} */
    public boolean placeholderReplacement() { return placeholderReplacement; }
    /** {@return the Java revisions given explicitly} */
    public List<JavaRevision> javaRevisions() { return List.copyOf(javaRevisions); }
    /** {@return whether Java revisions are looked up with the service loader} */
    public boolean serviceLoader() { return serviceLoader; }
    /** {@return the class loader for {@code classpath:} locations and the service loader} */
    public ClassLoader classLoader() { return classLoader; }
    /** {@return the listener that hears each executed step} */
    public MigrationListener listener() { return listener; }
    /** {@return where new revision files are written, or {@code null} to derive it from the first location} */
    public Path revisionDirectory() { return revisionDirectory; }
    /** {@return the name recorded in the history table, or {@code null} for the database user} */
    public String installedBy() { return installedBy; }
    /** {@return the target schema's files or directories} */
    public List<String> autogenerateSchema() { return List.copyOf(autogenerateSchema); }
    /** {@return the globs of tables, views and sequences autogenerate leaves out} */
    public List<String> autogenerateExcludeTables() { return List.copyOf(autogenerateExcludeTables); }
    /** {@return whether a missing default location fails too} */
    public boolean failOnMissingLocations() { return failOnMissingLocations; }
    /** {@return how many times a refused connection is retried} */
    public int connectRetries() { return connectRetries; }
    /** {@return the longest wait between two connection attempts} */
    public Duration connectRetriesInterval() { return connectRetriesInterval; }
    /** {@return whether an upgrade adopts a database without a version table} */
    public boolean baselineOnUpgrade() { return baselineOnUpgrade; }
    /** {@return the revision an adopted database is stamped at, or {@code null}} */
    public String baselineRevision() { return baselineRevision; }
    /** {@return whether the state tables' schema is created when missing} */
    public boolean createSchemas() { return createSchemas; }
    /** {@return the SQL run on every connection Retort opens} */
    public List<String> initSqls() { return List.copyOf(initSqls); }
    /** {@return the target schema set with {@link #autogenerateTarget(TargetSchemaSource)}, or {@code null}} */
    public TargetSchemaSource autogenerateTarget() { return autogenerateTarget; }
    /** {@return the named source of the target schema, or {@code null} for the schema files} */
    public String autogenerateSource() { return autogenerateSource; }
    /** {@return the settings handed to the named source's provider} */
    public Map<String, String> autogenerateSettings() { return Map.copyOf(autogenerateSettings); }
}
