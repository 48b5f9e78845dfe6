package dev.retort.maven;

import dev.retort.MigrationListener;
import dev.retort.Retort;
import dev.retort.RetortConfiguration;
import dev.retort.RetortException;
import dev.retort.config.ConfigResolver;
import dev.retort.config.ConfigSource;
import dev.retort.config.EngineFactory;
import dev.retort.config.Locations;
import dev.retort.config.ResolvedConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every goal shares: the settings, resolved exactly as the CLI resolves them ({@code -Dretort.*} user
 * properties, then this {@code <configuration>}, then {@code RETORT_*}, {@code retort.properties} and
 * {@code application.{properties,yml}} of the project), and the engine, loaded over the project's runtime class
 * path. Goals only adapt a core command and print its result to the Maven log.
 */
abstract class AbstractRetortMojo extends AbstractMojo {

    /** Where {@code -Dretort.*} settings are reported from. */
    static final String USER_PROPERTIES = "-Dretort.*";
    static final String PLUGIN_CONFIGURATION = "plugin configuration";
    static final String DEFAULT_LOCATION = "classpath:db/revisions";
    static final String DEFAULT_SCHEMA = "classpath:db/schema.sql";

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    /** Skips the goal. */
    @Parameter(property = "retort.skip", defaultValue = "false")
    boolean skip;

    /** JDBC URL of the database; else {@code RETORT_URL}, {@code retort.url}, {@code spring.datasource.url}. */
    @Parameter(property = "retort.url")
    String url;

    /** Database user ({@code spring.datasource.username}). */
    @Parameter(property = "retort.user")
    String user;

    /** Database password ({@code spring.datasource.password}); never printed. */
    @Parameter(property = "retort.password")
    String password;

    /** Comma-separated revision locations; default {@code classpath:db/revisions} (read from src/main/resources). */
    @Parameter(property = "retort.locations")
    String locations;

    /** Schema of the version and history tables. */
    @Parameter(property = "retort.schema")
    String schema;

    /** Version table name (default {@code retort_version}). */
    @Parameter(property = "retort.version-table")
    String versionTable;

    /** History table name (default {@code retort_history}). */
    @Parameter(property = "retort.history-table")
    String historyTable;

    /** {@code h2}, {@code postgresql} or {@code mariadb}; detected from the URL when absent. */
    @Parameter(property = "retort.dialect")
    String dialect;

    /** {@code jpa} or {@code schema}: where autogenerate's target comes from; default jpa when there are entities. */
    @Parameter(property = "retort.autogenerate.source")
    String autogenerateSource;

    /** Schema files of the {@code schema} source; default {@code classpath:db/schema.sql}. */
    @Parameter(property = "retort.autogenerate.schema")
    String autogenerateSchema;

    /** Comma-separated packages holding the entities; default every package of the project's classes. */
    @Parameter(property = "retort.autogenerate.entity-packages")
    String entityPackages;

    /** Recorded in the history table; default the OS user name. */
    @Parameter(property = "retort.installed-by")
    String installedBy;

    /** How long to wait for another migrator's lock, e.g. {@code 60s}. */
    @Parameter(property = "retort.lock.timeout")
    String lockTimeout;

    /** Values for {@code ${name}} placeholders in revision SQL. */
    @Parameter
    Map<String, String> placeholders;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping Retort (retort.skip)");
            return;
        }
        ResolvedConfig config = resolve();
        config.describe().forEach(line -> getLog().debug("retort config: " + line));
        try (ProjectClassLoader loader = ProjectClassLoader.of(project, getClass().getClassLoader());
                HibernateLogging quiet = HibernateLogging.quiet()) {
            run(new Engine(config, loader));
        } catch (RetortException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (IOException | DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("Cannot read the project's class path: " + e.getMessage(), e);
        }
    }

    /** Runs the goal against the engine. */
    abstract void run(Engine engine) throws MojoExecutionException, MojoFailureException;

    /** The settings after precedence; locations and the schema files default to the application's classpath ones. */
    ResolvedConfig resolve() {
        Map<String, String> configured = new LinkedHashMap<>();
        configured.put("url", url);
        configured.put("user", user);
        configured.put("password", password);
        configured.put("locations", locations);
        configured.put("schema", schema);
        configured.put("version-table", versionTable);
        configured.put("history-table", historyTable);
        configured.put("dialect", dialect);
        configured.put("autogenerate.source", autogenerateSource);
        configured.put("autogenerate.schema", autogenerateSchema);
        configured.put("autogenerate.entity-packages", entityPackages);
        configured.put("installed-by", installedBy);
        configured.put("lock.timeout", lockTimeout);
        if (placeholders != null) {
            placeholders.forEach((k, v) -> configured.put("placeholders." + k, v == null ? "" : v));
        }
        configured.values().removeIf(v -> v == null);
        return new ConfigResolver(System.getenv(), basedir())
                .resolve(List.of(new ConfigSource(USER_PROPERTIES, userProperties()),
                        new ConfigSource(PLUGIN_CONFIGURATION, configured)))
                .withDefault("locations", DEFAULT_LOCATION)
                .withDefault("autogenerate.schema", DEFAULT_SCHEMA);
    }

    /** {@code -Dretort.<key>} for every setting key, so they also beat the {@code <configuration>}. */
    private Map<String, String> userProperties() {
        Map<String, String> out = new LinkedHashMap<>();
        session.getUserProperties().stringPropertyNames().stream().sorted().forEach(name -> {
            if (!name.startsWith("retort.")) {
                return;
            }
            String key = name.substring("retort.".length());
            if (ConfigResolver.KEYS.contains(key) || key.startsWith("placeholders.")
                    || key.startsWith(ConfigResolver.JPA_PROPERTIES)) {
                out.put(key, session.getUserProperties().getProperty(name));
            }
        });
        return out;
    }

    Path basedir() {
        return project.getBasedir().toPath();
    }

    /** Prints each line of possibly multi-line text as its own log line. */
    void info(String text) {
        text.lines().forEach(getLog()::info);
    }

    /** Prints each line as a log line. */
    void lines(List<String> lines) {
        lines.forEach(getLog()::info);
    }

    /** The engine for one goal: loaded lazily, once, with the listener the goal needs. */
    final class Engine {

        private final ResolvedConfig config;
        private final ProjectClassLoader loader;

        Engine(ResolvedConfig config, ProjectClassLoader loader) {
            this.config = config;
            this.loader = loader;
        }

        ResolvedConfig config() {
            return config;
        }

        /**
         * For goals that write a revision: the first location's folder ({@code src/main/resources/db/revisions}, say)
         * is created first, as there is no {@code retort init} goal, so a location configured for a new project does
         * not fail as missing before its first revision is written there.
         */
        Engine creatingRevisionDirectory() throws MojoExecutionException {
            Path directory = Locations.revisionDirectory(config.get("locations"), basedir());
            try {
                if (directory != null && !Files.isDirectory(directory)) {
                    Files.createDirectories(directory);
                    getLog().info("Created " + directory + " for the revisions");
                }
            } catch (IOException e) {
                throw new MojoExecutionException("Cannot create the revision folder " + directory + ": " + e.getMessage(),
                        e);
            }
            return this;
        }

        /** For goals that only read. */
        Retort load() {
            return configure(new MigrationListener() { }).load();
        }

        /** For goals that migrate: each step is logged as it starts. */
        Retort migrating() {
            return configure(new StepLog(getLog())).load();
        }

        /** For goals that compare with the target schema: entities when the project has them, else schema files. */
        Retort comparing() {
            RetortConfiguration c = configure(new MigrationListener() { });
            EntityTarget.of(config, project, loader, getLog()).ifPresent(c::autogenerateTarget);
            return c.load();
        }

        private RetortConfiguration configure(MigrationListener listener) {
            return EngineFactory.configure(config, basedir(), listener).classLoader(loader);
        }
    }
}
