package dev.retort.cli;

import dev.retort.MigrationListener;
import dev.retort.Retort;
import dev.retort.cli.commands.BranchesCli;
import dev.retort.cli.commands.CheckCli;
import dev.retort.cli.commands.CurrentCli;
import dev.retort.cli.commands.DowngradeCli;
import dev.retort.cli.commands.EditCli;
import dev.retort.cli.commands.EnsureVersionCli;
import dev.retort.cli.commands.HeadsCli;
import dev.retort.cli.commands.HistoryCli;
import dev.retort.cli.commands.ImportCli;
import dev.retort.cli.commands.InitCli;
import dev.retort.cli.commands.MergeCli;
import dev.retort.cli.commands.RevisionCli;
import dev.retort.cli.commands.ShowCli;
import dev.retort.cli.commands.StampCli;
import dev.retort.cli.commands.UpgradeCli;
import dev.retort.config.ConfigResolver;
import dev.retort.config.EngineFactory;
import dev.retort.config.ResolvedConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code retort} command: global options, shared by every subcommand. */
@Command(name = "retort", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class, sortOptions = false, usageHelpAutoWidth = false,
        description = "Alembic-style revision-graph database migrations.",
        footerHeading = "%nExit codes:%n",
        footer = {"  0  ok", "  1  check failed (current --check-heads: not at head; check: schema differs)",
            "  2  usage, configuration, revision script or identifier error",
            "  3  database or migration error"})
public final class RetortCli {

    /**
     * The subcommands in help order; registered in code (see {@link Subcommands}) rather than in the annotation, so a
     * run builds the full picocli model of the invoked command only.
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(InitCli.class, RevisionCli.class, UpgradeCli.class,
            DowngradeCli.class, CurrentCli.class, HistoryCli.class, ShowCli.class, HeadsCli.class, BranchesCli.class,
            MergeCli.class, StampCli.class, CheckCli.class, EditCli.class, EnsureVersionCli.class, ImportCli.class);

    /**
     * The names of {@link #SUBCOMMANDS}, in the same order (a test holds them equal to the annotations): finding the
     * invoked command by name reads no annotation, which cost more than a few milliseconds for fifteen classes.
     */
    static final List<String> SUBCOMMAND_NAMES = List.of("init", "revision", "upgrade", "downgrade", "current",
            "history", "show", "heads", "branches", "merge", "stamp", "check", "edit", "ensure_version", "import");

    @Option(names = "--url", scope = ScopeType.INHERIT, paramLabel = "<jdbc-url>",
            description = "JDBC URL of the database (RETORT_URL, retort.url, spring.datasource.url).")
    String url;

    @Option(names = "--user", scope = ScopeType.INHERIT, description = "Database user (RETORT_USER).")
    String user;

    @Option(names = "--password", scope = ScopeType.INHERIT,
            description = "Database password (RETORT_PASSWORD); never printed.")
    String password;

    @Option(names = "--locations", scope = ScopeType.INHERIT, paramLabel = "<locations>",
            description = "Comma-separated revision locations: filesystem: paths or classpath: paths "
                    + "(read from src/main/resources). Default db/revisions.")
    String locations;

    @Option(names = "--schema", scope = ScopeType.INHERIT,
            description = "Schema of the version and history tables.")
    String schema;

    @Option(names = "--version-table", scope = ScopeType.INHERIT, paramLabel = "<table>",
            description = "Version table name (default retort_version).")
    String versionTable;

    @Option(names = "--history-table", scope = ScopeType.INHERIT, paramLabel = "<table>",
            description = "History table name (default retort_history).")
    String historyTable;

    @Option(names = "--dialect", scope = ScopeType.INHERIT, paramLabel = "<dialect>",
            description = "h2, postgresql or mariadb; detected from the URL when absent. Needed by --sql without --url.")
    String dialect;

    @Option(names = "--autogenerate-schema", scope = ScopeType.INHERIT, paramLabel = "<schema>",
            description = "Comma-separated target schema of autogenerate and check: .sql files or directories, "
                    + "filesystem: or classpath: (retort.autogenerate.schema). Default db/schema.sql.")
    String autogenerateSchema;

    @Option(names = "--autogenerate-exclude-tables", scope = ScopeType.INHERIT, paramLabel = "<patterns>",
            description = "Comma-separated globs of tables, views and sequences autogenerate and check leave out; "
                    + "a pattern starting with ! includes again (retort.autogenerate.exclude-tables). Other migration "
                    + "tools' tables are left out by default.")
    String autogenerateExcludeTables;

    @Option(names = "-x", scope = ScopeType.INHERIT, paramLabel = "<name=value>",
            description = "Set the placeholder $${name} in revision SQL (Alembic's -x; repeatable). Overrides "
                    + "RETORT_PLACEHOLDERS_<NAME> and placeholders.<name> settings.")
    Map<String, String> placeholders = new LinkedHashMap<>();

    @Option(names = "--no-placeholders", scope = ScopeType.INHERIT,
            description = "Run revision SQL exactly as written: $${name} is not replaced "
                    + "(RETORT_PLACEHOLDER_REPLACEMENT=false, retort.placeholder-replacement).")
    boolean noPlaceholders;

    @Option(names = "--json", scope = ScopeType.INHERIT,
            description = "Print the command's result as JSON on stdout (every command).")
    boolean json;

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Echo the configuration (passwords masked) and print stack traces on errors.")
    boolean verbose;

    private final CliEnvironment environment;
    private ResolvedConfig resolved;

    RetortCli(CliEnvironment environment) {
        this.environment = environment;
    }

    /**
     * Sets a global option from a command line read without picocli ({@link FastPath}), as picocli would.
     *
     * @param name the option's name
     * @param value its value; null for a flag
     * @return false when {@code value} is not one read here exactly as picocli reads it (then picocli reads the line)
     */
    boolean setGlobal(String name, String value) {
        switch (name) {
            case "--url" -> url = value;
            case "--user" -> user = value;
            case "--password" -> password = value;
            case "--locations" -> locations = value;
            case "--schema" -> schema = value;
            case "--version-table" -> versionTable = value;
            case "--history-table" -> historyTable = value;
            case "--dialect" -> dialect = value;
            case "--autogenerate-schema" -> autogenerateSchema = value;
            case "--autogenerate-exclude-tables" -> autogenerateExcludeTables = value;
            case "-x" -> {
                int equals = value.indexOf('=');
                if (equals <= 0 || equals == value.length() - 1) {
                    return false;
                }
                placeholders.put(value.substring(0, equals), value.substring(equals + 1));
            }
            case "--no-placeholders" -> noPlaceholders = true;
            case "--json" -> json = true;
            case "--verbose" -> verbose = true;
            default -> {
                return false;
            }
        }
        return true;
    }

    /** {@return where the CLI runs: streams, environment, working directory} */
    public CliEnvironment environment() {
        return environment;
    }

    /** {@return whether {@code --json} was given} */
    public boolean json() {
        return json;
    }

    /** {@return whether {@code --verbose} was given} */
    public boolean verbose() {
        return verbose;
    }

    /** {@return the settings after precedence: flags, environment, retort.properties, application.*} */
    public ResolvedConfig config() {
        if (resolved != null) {
            return resolved;
        }
        Map<String, String> flags = new LinkedHashMap<>();
        flags.put("url", url);
        flags.put("user", user);
        flags.put("password", password);
        flags.put("locations", locations);
        flags.put("schema", schema);
        flags.put("version-table", versionTable);
        flags.put("history-table", historyTable);
        flags.put("dialect", dialect);
        flags.put("autogenerate.schema", autogenerateSchema);
        flags.put("autogenerate.exclude-tables", autogenerateExcludeTables);
        placeholders.forEach((name, value) -> flags.put(ConfigResolver.placeholderKey(name), value));
        if (noPlaceholders) {
            flags.put("placeholder-replacement", "false");
        }
        resolved = new ConfigResolver(environment.env(), environment.workingDir()).resolve(flags);
        if (verbose) {
            resolved.describe().forEach(line -> environment.err().println("config: " + line));
        }
        return resolved;
    }

    /**
     * {@return the engine loaded from the resolved configuration}
     *
     * @param listener hears each step of a migration
     */
    public Retort load(MigrationListener listener) {
        return EngineFactory.load(config(), environment.workingDir(), listener);
    }

    /** {@return the engine, for a command that does not run migrations} */
    public Retort load() {
        return load(new MigrationListener() { });
    }
}
