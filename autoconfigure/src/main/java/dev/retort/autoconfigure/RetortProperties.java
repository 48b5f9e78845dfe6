package dev.retort.autoconfigure;

import dev.retort.TransactionMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Configuration of the Retort starter, prefix {@code retort} (SPEC §7). */
@ConfigurationProperties("retort")
public class RetortProperties {

    /** What the starter does with the database when the application starts. */
    public enum Startup {
        /** Upgrade the database to the target. */
        UPGRADE,
        /** Fail startup unless the database is exactly at the target with unchanged scripts. */
        VALIDATE,
        /** Do nothing; the engine bean is still available. */
        NONE
    }

    /** Whether to enable Retort. */
    private boolean enabled = true;

    /** Locations of revision scripts, each with a 'classpath:' or 'filesystem:' prefix. */
    private List<String> locations = new ArrayList<>(List.of("classpath:db/revisions"));

    /** What to do at startup: upgrade the database, validate it, or nothing. */
    private Startup startup = Startup.UPGRADE;

    /** Revision identifier to upgrade or validate to, e.g. 'head', 'heads', 'billing@head' or a revision id. */
    private String target = "head";

    /** Name of the version table (one row per current head); 'alembic_version' shares a Python Alembic database. */
    private String versionTable = "retort_version";

    /** Name of the history table (one row per executed step). */
    private String historyTable = "retort_history";

    /** Schema of the version and history tables; default the connection's current schema. */
    private String schema;

    /** JDBC URL of a separate migration connection; default the application's DataSource. */
    private String url;

    /** User of the migration connection; with no 'url', connects to the application's database as this user. */
    private String user;

    /** Password of the migration connection. */
    private String password;

    /**
     * How revisions are wrapped in transactions: one per revision, or the whole plan in one (PostgreSQL only;
     * refused on MariaDB/MySQL and H2, whose DDL commits implicitly).
     */
    private TransactionMode transactionMode = TransactionMode.PER_REVISION;

    /**
     * Whether a missing location fails startup even when it is the default one, which otherwise only logs a
     * warning; a location configured in 'locations' that does not exist always fails startup.
     */
    private boolean failOnMissingLocations;

    /**
     * Maximum number of retries when connecting to the database at startup (a database container still starting);
     * the wait starts at 1s and doubles up to 'connect-retries-interval'.
     */
    private int connectRetries;

    /** Maximum time between retries when connecting to the database. */
    private Duration connectRetriesInterval = Duration.ofSeconds(120);

    /**
     * Whether an upgrade adopts a database that has tables but no version table: it is stamped at
     * 'baseline-revision' first, then upgraded from there.
     */
    private boolean baselineOnUpgrade;

    /** Revision the existing schema corresponds to, stamped by 'baseline-on-upgrade'; required with it. */
    private String baselineRevision;

    /** Whether to create the schema of the version and history tables ('schema') when it does not exist. */
    private boolean createSchemas = true;

    /**
     * SQL statements run on every connection Retort opens, before anything else, e.g. 'SET ROLE migrator' or
     * 'SET lock_timeout = 5000'.
     */
    private List<String> initSqls = new ArrayList<>();

    /** Recorded as the author of each history row; default the database user of the migration connection. */
    private String installedBy;

    /** Whether to log the SQL an upgrade would run at startup instead of running it. */
    private boolean dryRun;

    /** Whether a changed script of an applied revision is an error. */
    private boolean validateChecksums = true;

    /** Values substituted for '${name}' placeholders in revision SQL. */
    private Map<String, String> placeholders = new LinkedHashMap<>();

    /**
     * Whether '${name}' placeholders in revision SQL are replaced. When true, a placeholder without a value stops
     * startup before any SQL runs; when false, SQL runs exactly as written.
     */
    private boolean placeholderReplacement = true;

    /** The database-native migration lock. */
    /**
     * How long health and the migrations endpoint reuse one read of the version and history tables
     * (0 reads at every probe); a migration by this application forgets it.
     */
    private Duration statusCache = Duration.ofSeconds(5);

    private final Lock lock = new Lock();

    /** Autogenerate ('retort revision --autogenerate') settings. */
    private final Autogenerate autogenerate = new Autogenerate();

    /** The 'migrations' health indicator. */
    private final Health health = new Health();

    /** Tenant schemas: the engine's revisions run in each, with its own version and history tables and lock. */
    private final Tenants tenants = new Tenants();

    /** Tenant schemas migrated at startup, each with its own version and history tables and lock. */
    public static class Tenants {

        /**
         * Schemas to migrate (MariaDB: databases): names, or glob patterns such as tenant_* resolved against the
         * catalog at startup. A RetortTenants bean adds schemas computed by the application.
         */
        private List<String> schemas = new ArrayList<>();

        /** How many tenant schemas are migrated at once, each on its own connections. */
        private int parallelism = 1;

        /** Whether startup fails, naming the failed tenants, when any tenant failed (after all ran). */
        private boolean failFast = true;

        /** {@return the tenant schemas: names or glob patterns} */
        public List<String> getSchemas() {
            return schemas;
        }

        /** @param schemas the tenant schemas: names or glob patterns */
        public void setSchemas(List<String> schemas) {
            this.schemas = schemas;
        }

        /** {@return how many tenant schemas are migrated at once} */
        public int getParallelism() {
            return parallelism;
        }

        /** @param parallelism how many tenant schemas are migrated at once */
        public void setParallelism(int parallelism) {
            this.parallelism = parallelism;
        }

        /** {@return whether startup fails when a tenant failed} */
        public boolean isFailFast() {
            return failFast;
        }

        /** @param failFast whether startup fails when a tenant failed */
        public void setFailFast(boolean failFast) {
            this.failFast = failFast;
        }
    }

    /** The database-native migration lock that keeps concurrent instances from migrating at once. */
    public static class Lock {

        /** Whether to take the migration lock before migrating. */
        private boolean enabled = true;

        /** How long to wait for another instance's migration lock before failing. */
        private Duration timeout = Duration.ofSeconds(60);

        /** {@return whether to take the migration lock before migrating} */
        public boolean isEnabled() {
            return enabled;
        }

        /** @param enabled whether to take the migration lock before migrating */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /** {@return how long to wait for another instance's migration lock} */
        public Duration getTimeout() {
            return timeout;
        }

        /** @param timeout how long to wait for another instance's migration lock */
        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }
    }

    /** Where autogenerate reads the target schema from. */
    public static class Autogenerate {

        /**
         * Declarative DDL describing the target schema, compared with the live database by autogenerate:
         * classpath: or filesystem: files or directories of .sql files.
         */
        private List<String> schema = new ArrayList<>(List.of("classpath:db/schema.sql"));

        /**
         * Glob patterns (*, ?) of tables, views and sequences autogenerate and check leave out, ignoring case; a
         * pattern starting with ! includes again what an earlier one left out. Other migration tools' tables
         * (alembic_version, flyway_schema_history, databasechangelog, databasechangeloglock) are left out by default.
         */
        private List<String> excludeTables = new ArrayList<>();

        /**
         * Where the target schema comes from: 'schema' (the schema files) or 'jpa' (the application's JPA
         * entities, through its Hibernate; needs dev.retort:retort-jpa on the class path, e.g. in test scope for
         * the test kit's modelMatchesDatabase).
         */
        private String source = "schema";

        /**
         * Packages holding the JPA entities of the 'jpa' source; empty for the application's packages (those
         * of @SpringBootApplication, where Spring Boot looks for entities).
         */
        private List<String> entityPackages = new ArrayList<>();

        /** {@return the files or directories of the target schema} */
        public List<String> getSchema() {
            return schema;
        }

        /** @param schema the files or directories of the target schema */
        public void setSchema(List<String> schema) {
            this.schema = schema;
        }

        /** {@return the globs of tables, views and sequences autogenerate and check leave out} */
        public List<String> getExcludeTables() {
            return excludeTables;
        }

        /** @param excludeTables the globs of tables, views and sequences autogenerate and check leave out */
        public void setExcludeTables(List<String> excludeTables) {
            this.excludeTables = excludeTables;
        }

        /** {@return where the target schema comes from: schema (the schema files) or jpa (the entities)} */
        public String getSource() {
            return source;
        }

        /** @param source schema (the schema files) or jpa (the entities, with retort-jpa on the class path) */
        public void setSource(String source) {
            this.source = source;
        }

        /** {@return the packages of the JPA entities; empty for the application's packages} */
        public List<String> getEntityPackages() {
            return entityPackages;
        }

        /** @param entityPackages the packages of the JPA entities; empty for the application's packages */
        public void setEntityPackages(List<String> entityPackages) {
            this.entityPackages = entityPackages;
        }
    }

    /** How the 'migrations' health indicator reports a database that is not at the target. */
    public static class Health {

        /** Health status reported when revisions are pending or scripts drifted, e.g. OUT_OF_SERVICE or UP. */
        private String notAtTargetStatus = "OUT_OF_SERVICE";

        /** {@return the health status reported when the database is not at the target} */
        public String getNotAtTargetStatus() {
            return notAtTargetStatus;
        }

        /** @param notAtTargetStatus the health status reported when the database is not at the target */
        public void setNotAtTargetStatus(String notAtTargetStatus) {
            this.notAtTargetStatus = notAtTargetStatus;
        }
    }

    /** {@return whether Retort is enabled} */
    public boolean isEnabled() {
        return enabled;
    }

    /** @param enabled whether Retort is enabled */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** {@return the locations of revision scripts} */
    public List<String> getLocations() {
        return locations;
    }

    /** @param locations the locations of revision scripts */
    public void setLocations(List<String> locations) {
        this.locations = locations;
    }

    /** {@return what to do at startup} */
    public Startup getStartup() {
        return startup;
    }

    /** @param startup what to do at startup */
    public void setStartup(Startup startup) {
        this.startup = startup;
    }

    /** {@return the revision identifier to upgrade or validate to} */
    public String getTarget() {
        return target;
    }

    /** @param target the revision identifier to upgrade or validate to */
    public void setTarget(String target) {
        this.target = target;
    }

    /** {@return the name of the version table} */
    public String getVersionTable() {
        return versionTable;
    }

    /** @param versionTable the name of the version table */
    public void setVersionTable(String versionTable) {
        this.versionTable = versionTable;
    }

    /** {@return the name of the history table} */
    public String getHistoryTable() {
        return historyTable;
    }

    /** @param historyTable the name of the history table */
    public void setHistoryTable(String historyTable) {
        this.historyTable = historyTable;
    }

    /** {@return the schema of the version and history tables, or {@code null} for the connection's} */
    public String getSchema() {
        return schema;
    }

    /** @param schema the schema of the version and history tables */
    public void setSchema(String schema) {
        this.schema = schema;
    }

    /** {@return the JDBC URL of a separate migration connection, or {@code null}} */
    public String getUrl() {
        return url;
    }

    /** @param url the JDBC URL of a separate migration connection */
    public void setUrl(String url) {
        this.url = url;
    }

    /** {@return the user of the migration connection, or {@code null}} */
    public String getUser() {
        return user;
    }

    /** @param user the user of the migration connection */
    public void setUser(String user) {
        this.user = user;
    }

    /** {@return the password of the migration connection, or {@code null}} */
    public String getPassword() {
        return password;
    }

    /** @param password the password of the migration connection */
    public void setPassword(String password) {
        this.password = password;
    }

    /** {@return how revisions are wrapped in transactions} */
    public TransactionMode getTransactionMode() {
        return transactionMode;
    }

    /** @param transactionMode how revisions are wrapped in transactions */
    public void setTransactionMode(TransactionMode transactionMode) {
        this.transactionMode = transactionMode;
    }

    /** {@return whether startup logs the SQL of the upgrade instead of running it} */
    public boolean isDryRun() {
        return dryRun;
    }

    /** @param dryRun whether startup logs the SQL of the upgrade instead of running it */
    public void setDryRun(boolean dryRun) {
        this.dryRun = dryRun;
    }

    /** {@return whether a changed script of an applied revision is an error} */
    public boolean isValidateChecksums() {
        return validateChecksums;
    }

    /** @param validateChecksums whether a changed script of an applied revision is an error */
    public void setValidateChecksums(boolean validateChecksums) {
        this.validateChecksums = validateChecksums;
    }

    /** {@return the values of {@code ${name}} placeholders, by name} */
    public Map<String, String> getPlaceholders() {
        return placeholders;
    }

    /** @param placeholders the values of {@code ${name}} placeholders, by name */
    public void setPlaceholders(Map<String, String> placeholders) {
        this.placeholders = placeholders;
    }

    /** {@return whether {@code ${name}} placeholders are replaced} */
    public boolean isPlaceholderReplacement() {
        return placeholderReplacement;
    }

    /** @param placeholderReplacement whether {@code ${name}} placeholders are replaced */
    public void setPlaceholderReplacement(boolean placeholderReplacement) {
        this.placeholderReplacement = placeholderReplacement;
    }

    public boolean isFailOnMissingLocations() {
        return failOnMissingLocations;
    }

    public void setFailOnMissingLocations(boolean failOnMissingLocations) {
        this.failOnMissingLocations = failOnMissingLocations;
    }

    public int getConnectRetries() {
        return connectRetries;
    }

    public void setConnectRetries(int connectRetries) {
        this.connectRetries = connectRetries;
    }

    /** @return how long probes reuse one read of the state tables */
    public Duration getStatusCache() {
        return statusCache;
    }

    /** @param statusCache how long probes reuse one read of the state tables; 0 reads at every probe */
    public void setStatusCache(Duration statusCache) {
        this.statusCache = statusCache;
    }

    public Duration getConnectRetriesInterval() {
        return connectRetriesInterval;
    }

    public void setConnectRetriesInterval(Duration connectRetriesInterval) {
        this.connectRetriesInterval = connectRetriesInterval;
    }

    public boolean isBaselineOnUpgrade() {
        return baselineOnUpgrade;
    }

    public void setBaselineOnUpgrade(boolean baselineOnUpgrade) {
        this.baselineOnUpgrade = baselineOnUpgrade;
    }

    public String getBaselineRevision() {
        return baselineRevision;
    }

    public void setBaselineRevision(String baselineRevision) {
        this.baselineRevision = baselineRevision;
    }

    public boolean isCreateSchemas() {
        return createSchemas;
    }

    public void setCreateSchemas(boolean createSchemas) {
        this.createSchemas = createSchemas;
    }

    public List<String> getInitSqls() {
        return initSqls;
    }

    public void setInitSqls(List<String> initSqls) {
        this.initSqls = initSqls;
    }

    public String getInstalledBy() {
        return installedBy;
    }

    public void setInstalledBy(String installedBy) {
        this.installedBy = installedBy;
    }

    /** {@return the migration lock settings} */
    public Lock getLock() {
        return lock;
    }

    /** {@return the autogenerate settings} */
    public Autogenerate getAutogenerate() {
        return autogenerate;
    }

    /** {@return the health indicator settings} */
    public Health getHealth() {
        return health;
    }

    /** {@return the tenant schemas settings} */
    public Tenants getTenants() {
        return tenants;
    }
}
