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

    /** The database-native migration lock. */
    private final Lock lock = new Lock();

    /** Autogenerate ('retort revision --autogenerate') settings. */
    private final Autogenerate autogenerate = new Autogenerate();

    /** The 'migrations' health indicator. */
    private final Health health = new Health();

    /** The database-native migration lock that keeps concurrent instances from migrating at once. */
    public static class Lock {

        /** Whether to take the migration lock before migrating. */
        private boolean enabled = true;

        /** How long to wait for another instance's migration lock before failing. */
        private Duration timeout = Duration.ofSeconds(60);

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public Duration getTimeout() {
            return timeout;
        }

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

        public List<String> getSchema() {
            return schema;
        }

        public void setSchema(List<String> schema) {
            this.schema = schema;
        }
    }

    /** How the 'migrations' health indicator reports a database that is not at the target. */
    public static class Health {

        /** Health status reported when revisions are pending or scripts drifted, e.g. OUT_OF_SERVICE or UP. */
        private String notAtTargetStatus = "OUT_OF_SERVICE";

        public String getNotAtTargetStatus() {
            return notAtTargetStatus;
        }

        public void setNotAtTargetStatus(String notAtTargetStatus) {
            this.notAtTargetStatus = notAtTargetStatus;
        }
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public List<String> getLocations() {
        return locations;
    }

    public void setLocations(List<String> locations) {
        this.locations = locations;
    }

    public Startup getStartup() {
        return startup;
    }

    public void setStartup(Startup startup) {
        this.startup = startup;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getVersionTable() {
        return versionTable;
    }

    public void setVersionTable(String versionTable) {
        this.versionTable = versionTable;
    }

    public String getHistoryTable() {
        return historyTable;
    }

    public void setHistoryTable(String historyTable) {
        this.historyTable = historyTable;
    }

    public String getSchema() {
        return schema;
    }

    public void setSchema(String schema) {
        this.schema = schema;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public TransactionMode getTransactionMode() {
        return transactionMode;
    }

    public void setTransactionMode(TransactionMode transactionMode) {
        this.transactionMode = transactionMode;
    }

    public boolean isDryRun() {
        return dryRun;
    }

    public void setDryRun(boolean dryRun) {
        this.dryRun = dryRun;
    }

    public boolean isValidateChecksums() {
        return validateChecksums;
    }

    public void setValidateChecksums(boolean validateChecksums) {
        this.validateChecksums = validateChecksums;
    }

    public Map<String, String> getPlaceholders() {
        return placeholders;
    }

    public void setPlaceholders(Map<String, String> placeholders) {
        this.placeholders = placeholders;
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

    public Lock getLock() {
        return lock;
    }

    public Autogenerate getAutogenerate() {
        return autogenerate;
    }

    public Health getHealth() {
        return health;
    }
}
