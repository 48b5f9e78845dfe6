package dev.retort;

import dev.retort.command.CommandContext;
import dev.retort.schema.TargetSchemaSource;
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

    DataSource dataSource;
    String url;
    String user;
    String password;
    String dialect;
    List<String> locations = new ArrayList<>(List.of("classpath:db/revisions"));
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
    TargetSchemaSource autogenerateTarget;

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

    /** Recorded in the history table; default the OS user name. */
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
     * Where autogenerate and check take the target schema from instead of {@link #autogenerateSchema} files: JPA
     * entities ({@code dev.retort.jpa.JpaTargetSchemaSource}) or any other source; null for the schema files.
     */
    public RetortConfiguration autogenerateTarget(TargetSchemaSource target) {
        this.autogenerateTarget = target;
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
    public TargetSchemaSource autogenerateTarget() { return autogenerateTarget; }
}
