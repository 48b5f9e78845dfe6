package dev.retort;

import dev.retort.command.CommandContext;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
    List<JavaRevision> javaRevisions = new ArrayList<>();
    boolean serviceLoader = true;
    ClassLoader classLoader = Thread.currentThread().getContextClassLoader() != null
            ? Thread.currentThread().getContextClassLoader() : RetortConfiguration.class.getClassLoader();
    MigrationListener listener = new MigrationListener() { };
    Path revisionDirectory;
    String installedBy;
    List<String> autogenerateSchema = new ArrayList<>(List.of("classpath:db/schema.sql"));
    int connectRetries;
    Duration connectRetriesInterval = Duration.ofSeconds(120);
    boolean baselineOnUpgrade;
    String baselineRevision;
    boolean createSchemas = true;
    List<String> initSqls = new ArrayList<>();

    RetortConfiguration() {
    }

    /** The database to migrate. */
    public RetortConfiguration dataSource(DataSource dataSource) {
        this.dataSource = dataSource;
        return this;
    }

    /** A JDBC URL to connect with when no DataSource is given (the CLI's way). */
    public RetortConfiguration url(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
        return this;
    }

    /** Forces a dialect ({@code h2}, {@code postgresql}, {@code mariadb}) instead of detecting it; needed offline. */
    public RetortConfiguration dialect(String dialect) {
        this.dialect = dialect;
        return this;
    }

    /** {@code classpath:} or {@code filesystem:} locations of revision files; default {@code classpath:db/revisions}. */
    public RetortConfiguration locations(String... locations) {
        return locations(List.of(locations));
    }

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

    public RetortConfiguration versionTable(String versionTable) {
        this.versionTable = Objects.requireNonNull(versionTable);
        return this;
    }

    public RetortConfiguration historyTable(String historyTable) {
        this.historyTable = Objects.requireNonNull(historyTable);
        return this;
    }

    /** Schema for the version and history tables; default the connection's current schema. */
    public RetortConfiguration schema(String schema) {
        this.schema = schema;
        return this;
    }

    public RetortConfiguration transactionMode(TransactionMode mode) {
        this.transactionMode = Objects.requireNonNull(mode);
        return this;
    }

    public RetortConfiguration lock(boolean enabled, Duration timeout) {
        this.lockEnabled = enabled;
        this.lockTimeout = Objects.requireNonNull(timeout);
        return this;
    }

    public RetortConfiguration validateChecksums(boolean validate) {
        this.validateChecksums = validate;
        return this;
    }

    /** Values for {@code ${name}} placeholders in SQL. */
    public RetortConfiguration placeholders(Map<String, String> placeholders) {
        this.placeholders = new LinkedHashMap<>(placeholders);
        return this;
    }

    /** Java revisions to include besides those found through {@link java.util.ServiceLoader}. */
    public RetortConfiguration javaRevisions(List<? extends JavaRevision> revisions) {
        this.javaRevisions = new ArrayList<>(revisions);
        return this;
    }

    /** Whether to look up {@code META-INF/services/dev.retort.JavaRevision}; default true. */
    public RetortConfiguration serviceLoader(boolean enabled) {
        this.serviceLoader = enabled;
        return this;
    }

    public RetortConfiguration classLoader(ClassLoader classLoader) {
        this.classLoader = Objects.requireNonNull(classLoader);
        return this;
    }

    public RetortConfiguration listener(MigrationListener listener) {
        this.listener = Objects.requireNonNull(listener);
        return this;
    }

    /** Where {@code revision} and {@code merge} write new files; default derived from the first location. */
    public RetortConfiguration revisionDirectory(Path directory) {
        this.revisionDirectory = directory;
        return this;
    }

    /** Recorded in the history table; default the database user of the migration connection. */
    public RetortConfiguration installedBy(String installedBy) {
        this.installedBy = installedBy;
        return this;
    }

    /** Declarative DDL files or directories that autogenerate and check compare with; default {@code classpath:db/schema.sql}. */
    public RetortConfiguration autogenerateSchema(List<String> locations) {
        this.autogenerateSchema = new ArrayList<>(locations);
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

    /** Loads and validates every revision, builds the graph, and returns the engine. */
    public Retort load() {
        return new Retort(CommandContext.create(this));
    }

    // accessors for the command layer
    public DataSource dataSource() { return dataSource; }
    public String url() { return url; }
    public String user() { return user; }
    public String password() { return password; }
    public String dialectName() { return dialect; }
    public List<String> locations() { return List.copyOf(locations); }
    public String versionTable() { return versionTable; }
    public String historyTable() { return historyTable; }
    public String schema() { return schema; }
    public TransactionMode transactionMode() { return transactionMode; }
    public boolean lockEnabled() { return lockEnabled; }
    public Duration lockTimeout() { return lockTimeout; }
    public boolean validateChecksums() { return validateChecksums; }
    public Map<String, String> placeholders() { return Map.copyOf(placeholders); }
    public List<JavaRevision> javaRevisions() { return List.copyOf(javaRevisions); }
    public boolean serviceLoader() { return serviceLoader; }
    public ClassLoader classLoader() { return classLoader; }
    public MigrationListener listener() { return listener; }
    public Path revisionDirectory() { return revisionDirectory; }
    public String installedBy() { return installedBy; }
    public List<String> autogenerateSchema() { return List.copyOf(autogenerateSchema); }
    public boolean failOnMissingLocations() { return failOnMissingLocations; }
    public int connectRetries() { return connectRetries; }
    public Duration connectRetriesInterval() { return connectRetriesInterval; }
    public boolean baselineOnUpgrade() { return baselineOnUpgrade; }
    public String baselineRevision() { return baselineRevision; }
    public boolean createSchemas() { return createSchemas; }
    public List<String> initSqls() { return List.copyOf(initSqls); }
}
