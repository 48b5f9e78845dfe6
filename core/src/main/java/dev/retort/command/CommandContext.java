package dev.retort.command;

import dev.retort.ConfigurationException;
import dev.retort.RetortConfiguration;
import dev.retort.RetortException;
import dev.retort.dialect.DatabaseLock;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.Dialects;
import dev.retort.exec.DriverManagerDataSource;
import dev.retort.graph.Planner;
import dev.retort.graph.RevisionGraph;
import dev.retort.script.RevisionLoader;
import dev.retort.script.SqlFlavor;
import dev.retort.state.StateTables;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * What every command shares: the configuration, the graph (built once), the dialect and the
 * database. The CLI and the starter both reach the commands through this.
 */
public final class CommandContext {

    /** Version of the engine, recorded in the history table. */
    public static final String RETORT_VERSION = versionOf();

    private final RetortConfiguration config;
    private final DataSource dataSource;
    private final Dialect dialect;
    private final RevisionGraph graph;
    private final Planner planner;
    private final StateTables tables;

    private CommandContext(RetortConfiguration config, DataSource dataSource, Dialect dialect, RevisionGraph graph) {
        this.config = config;
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.graph = graph;
        this.planner = new Planner(graph);
        this.tables = dialect == null ? null
                : new StateTables(dialect, config.schema(), config.versionTable(), config.historyTable());
    }

    /** Resolves the DataSource and dialect, loads the revisions and builds the graph. */
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
        if (dialect == null && ds != null) {
            dialect = detect(ds, config);
        }
        SqlFlavor flavor = dialect == null ? SqlFlavor.STANDARD : dialect.flavor();
        RevisionLoader loader = new RevisionLoader(config.classLoader(), flavor, config.placeholders());
        RevisionGraph graph = RevisionGraph.build(
                loader.load(config.locations(), config.javaRevisions(), config.serviceLoader()));
        return new CommandContext(config, ds, dialect, graph);
    }

    private static Dialect detect(DataSource ds, RetortConfiguration config) {
        try (Connection c = ds.getConnection()) {
            return Dialects.forProductName(c.getMetaData().getDatabaseProductName(), config.classLoader());
        } catch (SQLException e) {
            throw new RetortException("Cannot connect to the database to detect its dialect: " + e.getMessage()
                    + ". Check the URL, user and password, and that the server is running", e);
        }
    }

    public RetortConfiguration config() {
        return config;
    }

    public RevisionGraph graph() {
        return graph;
    }

    public Planner planner() {
        return planner;
    }

    /** The dialect; throws when none is known (no database and none configured). */
    public Dialect dialect() {
        if (dialect == null) {
            throw new ConfigurationException("No database dialect is known: configure a database (url or DataSource) "
                    + "or name the dialect (h2, postgresql, mariadb)");
        }
        return dialect;
    }

    public StateTables tables() {
        dialect();
        return tables;
    }

    public boolean hasDatabase() {
        return dataSource != null;
    }

    public DataSource dataSource() {
        if (dataSource == null) {
            throw new ConfigurationException("This command needs a database: configure a DataSource, or a JDBC url "
                    + "(--url, RETORT_URL, retort.url or spring.datasource.url)");
        }
        return dataSource;
    }

    /** Opens a connection, naming the problem when the database cannot be reached. */
    public Connection connect() {
        try {
            return dataSource().getConnection();
        } catch (SQLException e) {
            throw new RetortException("Cannot connect to the database: " + e.getMessage()
                    + ". Check the URL, user and password, and that the server is running", e);
        }
    }

    /** Takes the migration lock on its own connection (closed with the lock). */
    public HeldLock lock() {
        if (!config.lockEnabled()) {
            return new HeldLock(null, DatabaseLock.NONE);
        }
        Connection c = connect();
        try {
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
