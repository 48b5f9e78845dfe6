package dev.retort.command;

import dev.retort.ConfigurationException;
import dev.retort.RetortConfiguration;
import dev.retort.RetortException;
import dev.retort.config.Secrets;
import dev.retort.dialect.DatabaseLock;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.Dialects;
import dev.retort.exec.DriverManagerDataSource;
import dev.retort.graph.Planner;
import dev.retort.graph.RevisionGraph;
import dev.retort.script.Placeholders;
import dev.retort.script.RevisionLoader;
import dev.retort.script.SqlFlavor;
import dev.retort.state.StateTables;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every command shares: the configuration, the graph (built once), the dialect and the
 * database. The CLI and the starter both reach the commands through this.
 */
public final class CommandContext {

    private static final Logger log = LoggerFactory.getLogger(CommandContext.class);

    /** Version of the engine, recorded in the history table. */
    public static final String RETORT_VERSION = versionOf();

    private static final Duration FIRST_RETRY_WAIT = Duration.ofSeconds(1);

    private final RetortConfiguration config;
    private final DataSource dataSource;
    private final RevisionGraph graph;
    private final Planner planner;
    /** The tenant schema this context runs in (state tables and current schema), or null for the configured ones. */
    private final String tenantSchema;
    private volatile boolean tenantSchemaChecked;
    private volatile Dialect dialect;
    private volatile StateTables tables;

    private CommandContext(RetortConfiguration config, DataSource dataSource, Dialect dialect, RevisionGraph graph,
            String tenantSchema) {
        this.config = config;
        this.dataSource = dataSource;
        this.graph = graph;
        this.planner = new Planner(graph);
        this.tenantSchema = tenantSchema;
        if (dialect != null) {
            useDialect(dialect);
        }
    }

    /**
     * Resolves the DataSource, loads the revisions and builds the graph. The dialect comes from the configuration
     * or the JDBC URL; otherwise it is detected on the first connection, so loading never needs the database.
     *
     * @param config the engine's configuration
     * @return the context the commands share
     */
    public static CommandContext create(RetortConfiguration config) {
        DataSource ds = config.dataSource();
        if (ds == null && config.url() != null) {
            ds = new DriverManagerDataSource(config.url(), config.user(), config.password(), config.classLoader());
        }
        Dialect dialect = null;
        if (config.dialectName() != null) {
            dialect = Dialects.byName(config.dialectName(), config.classLoader());
        } else if (config.url() != null) {
            dialect = Dialects.forUrl(config.url(), config.classLoader());
        }
        requireBaselineRevision(config);
        CommandContext[] self = new CommandContext[1];
        Supplier<SqlFlavor> flavor;
        if (dialect != null) {
            SqlFlavor known = dialect.flavor();
            flavor = () -> known;
        } else if (ds != null) {
            flavor = () -> self[0].dialect().flavor();
        } else {
            flavor = () -> SqlFlavor.STANDARD;
        }
        RevisionLoader loader = new RevisionLoader(config.classLoader(), flavor,
                new Placeholders(config.placeholders(), config.placeholderReplacement()), config.failOnMissingLocations());
        RevisionGraph graph = RevisionGraph.build(
                loader.load(config.locations(), config.javaRevisions(), config.serviceLoader()));
        self[0] = new CommandContext(config, ds, dialect, graph, null);
        return checkBaseline(self[0]);
    }

    /**
     * Like {@link #create(RetortConfiguration)} with revisions already loaded from the same locations with the same
     * settings ({@link RetortConfiguration#loadsSameRevisionsAs}), and so with a dialect the configuration names.
     *
     * @param config the engine's configuration
     * @param graph the revisions, loaded ahead
     * @return the context the commands share
     */
    public static CommandContext create(RetortConfiguration config, RevisionGraph graph) {
        if (config.dialectName() == null) {
            throw new IllegalArgumentException("Revisions loaded ahead need a named dialect");
        }
        DataSource ds = config.dataSource();
        if (ds == null && config.url() != null) {
            ds = new DriverManagerDataSource(config.url(), config.user(), config.password(), config.classLoader());
        }
        requireBaselineRevision(config);
        return checkBaseline(new CommandContext(config, ds, Dialects.byName(config.dialectName(), config.classLoader()),
                graph, null));
    }

    private static void requireBaselineRevision(RetortConfiguration config) {
        if (config.baselineOnUpgrade() && (config.baselineRevision() == null || config.baselineRevision().isBlank())) {
            throw new ConfigurationException("retort.baseline-on-upgrade=true needs retort.baseline-revision: the "
                    + "revision the existing schema corresponds to, which an upgrade stamps before it runs the rest");
        }
    }

    private static CommandContext checkBaseline(CommandContext context) {
        if (context.config.baselineOnUpgrade()) {
            // an unknown id fails now
            context.planner.stamp(List.of(context.config.baselineRevision()), List.of(), false);
        }
        return context;
    }

    /**
     * {@return this context for one tenant schema} It shares the graph and the database; its version and history
     * tables (and so its lock) live in {@code schema}, and every connection it opens has {@code schema} as its current
     * schema, so the revisions' unqualified names mean that schema's tables.
     *
     * @param schema the tenant's schema (a database on MariaDB)
     */
    public CommandContext forSchema(String schema) {
        if (schema == null || schema.isBlank()) {
            throw new ConfigurationException("A tenant schema name must not be blank");
        }
        return new CommandContext(config, dataSource(), dialect(), graph, schema);
    }

    private void useDialect(Dialect d) {
        tables = new StateTables(d, tenantSchema != null ? tenantSchema : config.schema(), config.versionTable(),
                config.historyTable());
        dialect = d;
    }

    private synchronized void detect(Connection c) throws SQLException {
        if (dialect == null) {
            useDialect(Dialects.forProductName(c.getMetaData().getDatabaseProductName(), config.classLoader()));
        }
    }

    /** {@return the engine's configuration} */
    public RetortConfiguration config() {
        return config;
    }

    /** {@return the revision graph} */
    public RevisionGraph graph() {
        return graph;
    }

    /** {@return the planner over the revision graph} */
    public Planner planner() {
        return planner;
    }

    /** The dialect; detected on a connection when not known yet; throws when there is no database and none is named. */
    public Dialect dialect() {
        Dialect d = dialect;
        if (d != null) {
            return d;
        }
        if (dataSource == null) {
            throw new ConfigurationException("No database dialect is known: configure a database (url or DataSource) "
                    + "or name the dialect (h2, postgresql, mariadb)");
        }
        try (Connection ignored = connect()) {
            return dialect;
        } catch (SQLException e) {
            throw new RetortException("Cannot close the connection that detected the dialect: " + e.getMessage(), e);
        }
    }

    /** Whether the dialect is known without asking the database. */
    public boolean dialectKnown() {
        return dialect != null;
    }

    /** {@return the version and history tables} */
    public StateTables tables() {
        dialect();
        return tables;
    }

    /** {@return whether a database is configured (offline SQL needs none)} */
    public boolean hasDatabase() {
        return dataSource != null;
    }

    /** {@return the database} Throws when none is configured. */
    public DataSource dataSource() {
        if (dataSource == null) {
            throw new ConfigurationException("This command needs a database: configure a DataSource, or a JDBC url "
                    + "(--url, RETORT_URL, retort.url or spring.datasource.url)");
        }
        return dataSource;
    }

    /**
     * Opens a connection, naming the problem when the database cannot be reached; learns the dialect on it when
     * not known yet and runs the configured init SQL on it.
     */
    public Connection connect() {
        return open(0);
    }

    /**
     * Like {@link #connect()}, retrying a refused connection as configured ({@code connect-retries}): for the
     * first connection of a command that migrates, while a database may still be starting.
     */
    public Connection connectWithRetries() {
        return open(config.connectRetries());
    }

    private Connection open(int retries) {
        Duration wait = FIRST_RETRY_WAIT;
        for (int attempt = 0; ; attempt++) {
            Connection c;
            try {
                c = dataSource().getConnection();
            } catch (SQLException e) {
                // drivers echo pieces of the URL, the password among them: mask it in the message and the cause
                List<String> secrets = config.secrets();
                if (attempt >= retries) {
                    throw new RetortException("Cannot connect to the database" + (retries > 0 ? " after " + retries
                            + " retries" : "") + ": " + Secrets.redact(e.getMessage(), secrets)
                            + ". Check the URL, user and password, and that the server is running",
                            Secrets.redact(e, secrets));
                }
                Duration pause = wait.compareTo(config.connectRetriesInterval()) > 0 ? config.connectRetriesInterval() : wait;
                log.warn("Cannot connect to the database ({}); retry {} of {} in {} ms",
                        Secrets.redact(e.getMessage(), secrets), attempt + 1, retries, pause.toMillis());
                sleep(pause);
                wait = wait.multipliedBy(2);
                continue;
            }
            try {
                if (dialect == null) {
                    detect(c);
                }
                initialize(c);
                return c;
            } catch (SQLException | RuntimeException e) {
                try {
                    c.close();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
                if (e instanceof RuntimeException r) {
                    throw r;
                }
                throw new RetortException("Cannot detect the database's dialect: " + e.getMessage(), e);
            }
        }
    }

    private void initialize(Connection c) {
        if (tenantSchema != null) {
            if (config.createSchemas() && !tenantSchemaChecked) { // the catalog is asked once, not per connection
                try {
                    tables.createSchemaIfMissing(c);
                    tenantSchemaChecked = true;
                } catch (SQLException e) {
                    throw new RetortException("Cannot create the tenant schema " + tenantSchema + ": "
                            + e.getMessage().strip(), e);
                }
            }
            try {
                dialect.useSchema(c, tenantSchema);
            } catch (SQLException e) {
                throw new RetortException("Cannot use the tenant schema " + tenantSchema + ": " + e.getMessage().strip()
                        + ". Check that it exists and that the user may use it", e);
            }
        }
        List<String> statements = config.initSqls();
        for (int i = 0; i < statements.size(); i++) {
            String sql = statements.get(i);
            try (Statement s = c.createStatement()) {
                s.execute(sql);
            } catch (SQLException e) {
                throw new RetortException("Init SQL " + (i + 1) + " of retort.init-sqls failed: " + sql + ": "
                        + e.getMessage().strip() + ". Fix or remove it", e);
            }
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RetortException("Interrupted while waiting to retry the database connection", e);
        }
    }

    /** {@return the migration lock, taken on its own connection (closed with the lock)} */
    public HeldLock lock() {
        if (!config.lockEnabled()) {
            return new HeldLock(null, DatabaseLock.NONE);
        }
        Connection c = connectWithRetries();
        try {
            if (config.createSchemas()) {
                tables().createSchemaIfMissing(c); // a lock table lives in the schema on some databases (H2)
            }
            return new HeldLock(c, dialect().lock(c, tables().lockName(), config.lockTimeout()));
        } catch (SQLException | RuntimeException e) {
            try {
                c.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new RetortException("Cannot take the migration lock: " + e.getMessage(), e);
        }
    }

    /**
     * {@return the migration lock for a run on {@code migration}} Where the dialect's lock belongs to the session, it
     * is taken on the migration connection itself: if that session is killed, the migration stops with it instead of
     * running on while another instance takes the lock. Elsewhere the lock gets its own connection.
     *
     * @param migration the connection the run migrates on (not closed with the lock)
     */
    public HeldLock lock(Connection migration) {
        if (!config.lockEnabled() || !dialect().sessionLock()) {
            return lock();
        }
        try {
            return new HeldLock(null, dialect().lock(migration, tables().lockName(), config.lockTimeout()));
        } catch (SQLException e) {
            throw new RetortException("Cannot take the migration lock: " + e.getMessage(), e);
        }
    }

    /** A lock and the connection that holds it; closing releases both. */
    public record HeldLock(Connection connection, DatabaseLock lock) implements AutoCloseable {
        @Override
        public void close() {
            lock.close();
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException ignored) {
                    // the lock dies with the session either way
                }
            }
        }
    }

    private static String versionOf() {
        String v = CommandContext.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
