package dev.retort;

import dev.retort.command.AutogenerateCommand;
import dev.retort.command.BranchesCommand;
import dev.retort.command.CheckCommand;
import dev.retort.command.CommandContext;
import dev.retort.command.CurrentCommand;
import dev.retort.command.DowngradeCommand;
import dev.retort.command.EnsureVersionCommand;
import dev.retort.command.HeadsCommand;
import dev.retort.command.HistoryCommand;
import dev.retort.command.MergeCommand;
import dev.retort.command.MigrationResult;
import dev.retort.command.OfflineSqlCommand;
import dev.retort.command.RevisionCommand;
import dev.retort.command.RevisionSummary;
import dev.retort.command.ShowCommand;
import dev.retort.command.StampCommand;
import dev.retort.command.StatusCommand;
import dev.retort.command.UpgradeCommand;
import dev.retort.command.ValidateCommand;
import dev.retort.graph.RevisionGraph;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The engine, configured and loaded: one method per command, each returning a value. Build one with
 * {@code Retort.configure().dataSource(ds).locations("classpath:db/revisions").load()}.
 */
public final class Retort {

    private final CommandContext ctx;
    /** The last status per target and when it was read (nanoTime), for probes that may reuse it. */
    private final Map<String, Read> lastStatus = new ConcurrentHashMap<>();

    private record Read(StatusCommand.Result result, long at) {
    }

    Retort(CommandContext ctx) {
        this.ctx = ctx;
    }

    /** {@return a new configuration with the defaults of SPEC §7} */
    public static RetortConfiguration configure() {
        return new RetortConfiguration();
    }

    /** {@return the shared context, for adapters that call command classes directly} */
    public CommandContext context() {
        return ctx;
    }

    /**
     * {@return this engine for one tenant schema, sharing the loaded revisions} Its version and history tables and its
     * lock live in {@code schema}, and it runs revisions with {@code schema} as the connection's current schema
     * (PostgreSQL and H2 schemas, MariaDB databases). See {@link dev.retort.tenant.SchemaFanOut} for many at once.
     *
     * @param schema the tenant's schema
     */
    public Retort forSchema(String schema) {
        return new Retort(ctx.forSchema(schema));
    }

    /** {@return the revision graph loaded from the configured locations} */
    public RevisionGraph graph() {
        return ctx.graph();
    }

    /**
     * Upgrades the database to {@code target}, as {@code retort upgrade} does.
     *
     * @param target a revision identifier: {@code head}, {@code heads}, {@code +2}, {@code billing@head}, an id or
     *     prefix
     * @return the steps that ran and the versions before and after
     */
    public MigrationResult upgrade(String target) {
        lastStatus.clear();
        return new UpgradeCommand(ctx).run(target, false);
    }

    /**
     * Downgrades the database to {@code target}, as {@code retort downgrade} does.
     *
     * @param target a revision identifier: {@code base}, {@code -1}, an id or prefix
     * @return the steps that ran and the versions before and after
     */
    public MigrationResult downgrade(String target) {
        lastStatus.clear();
        return new DowngradeCommand(ctx).run(target, false);
    }

    /**
     * {@return the SQL an upgrade to {@code target} would run now, without running it}
     *
     * @param target a revision identifier, as for {@link #upgrade(String)}
     */
    public MigrationResult upgradeDryRun(String target) {
        return new UpgradeCommand(ctx).run(target, true);
    }

    /**
     * {@return the SQL a downgrade to {@code target} would run now, without running it}
     *
     * @param target a revision identifier, as for {@link #downgrade(String)}
     */
    public MigrationResult downgradeDryRun(String target) {
        return new DowngradeCommand(ctx).run(target, true);
    }

    /**
     * {@return offline SQL for an upgrade, without a database}
     *
     * @param range {@code end} or {@code start:end}
     */
    public String upgradeSql(String range) {
        return new OfflineSqlCommand(ctx).upgrade(range).sql();
    }

    /**
     * {@return offline SQL for a downgrade, without a database}
     *
     * @param range {@code start:end}
     */
    public String downgradeSql(String range) {
        return new OfflineSqlCommand(ctx).downgrade(range).sql();
    }

    /** Offline SQL that stamps {@code [start:]rev} for each target, without a database. */
    public String stampSql(List<String> targets) {
        return new OfflineSqlCommand(ctx).stamp(targets).sql();
    }

    /**
     * Sets the version rows to {@code targets} without running any revision, as {@code retort stamp} does.
     *
     * @param targets revision identifiers
     * @param purge whether to empty the version table first
     * @return the version rows before and after
     */
    public MigrationResult stamp(List<String> targets, boolean purge) {
        lastStatus.clear();
        return new StampCommand(ctx).run(targets, purge, false);
    }

    /** {@code ensure_version}: creates the version and history tables if missing, runs nothing. */
    public EnsureVersionCommand.Result ensureVersion() {
        lastStatus.clear();
        return new EnsureVersionCommand(ctx).run();
    }

    /** {@return the revisions in the version table, and whether they are all the heads} */
    public CurrentCommand.Result current() {
        return new CurrentCommand(ctx).run();
    }

    /**
     * {@return revisions newest first, as {@code retort history} lists them}
     *
     * @param range {@code start:end}, either side optional, or {@code null} for all; {@code current} reads the database
     */
    public List<RevisionSummary> history(String range) {
        return new HistoryCommand(ctx).run(range);
    }

    /** {@return the heads of the revision graph} */
    public List<RevisionSummary> heads() {
        return new HeadsCommand(ctx).run();
    }

    /** {@return the branch points and the revisions that start each branch} */
    public List<BranchesCommand.BranchPoint> branches() {
        return new BranchesCommand(ctx).run();
    }

    /**
     * {@return one revision with its SQL}
     *
     * @param identifier a revision identifier
     */
    public ShowCommand.Result show(String identifier) {
        return new ShowCommand(ctx).run(identifier);
    }

    /**
     * Writes a new revision file, as {@code retort revision} does.
     *
     * @param request message, parents, labels and id
     * @return the written revision and its file
     */
    public RevisionCommand.Result revision(RevisionCommand.Request request) {
        return new RevisionCommand(ctx).run(request);
    }

    /**
     * Writes an empty revision joining {@code revisions}, as {@code retort merge} does.
     *
     * @param message the new revision's message
     * @param revisions the revisions to join, usually the heads
     * @return the written revision and its file
     */
    public RevisionCommand.Result merge(String message, List<String> revisions) {
        return new MergeCommand(ctx).run(message, revisions, List.of(), null);
    }

    /**
     * {@return everything an operator asks about the database: current and pending revisions, history, problems}
     *
     * @param target the revision identifier pending revisions are counted up to
     */
    public StatusCommand.Result status(String target) {
        return new StatusCommand(ctx).run(target);
    }

    /**
     * {@return the status, reusing one read less than {@code maxAge} ago} For probes (health, endpoint, metrics), so
     * that frequent checks do not read the history table each time; a migration through this engine forgets it, and
     * a failed read is not kept.
     *
     * @param target the revision identifier pending revisions are counted up to
     * @param maxAge how old a reused read may be; zero reads every time
     */
    public StatusCommand.Result status(String target, Duration maxAge) {
        long now = System.nanoTime();
        Read last = lastStatus.get(target);
        if (last != null && now - last.at() < maxAge.toNanos()) {
            return last.result();
        }
        StatusCommand.Result result = status(target);
        lastStatus.put(target, new Read(result, now));
        return result;
    }

    /**
     * {@return every difference between the database and {@code target}; none means valid}
     *
     * @param target the revision identifier the database should be at
     */
    public ValidateCommand.Result validate(String target) {
        return new ValidateCommand(ctx).run(target);
    }

    /**
     * {@code revision --autogenerate}: writes a revision that brings the database (at head) to the target schema.
     *
     * @param request message, parents, labels and id of the new revision
     * @return the written revision and the differences it holds (none: the revision is empty)
     */
    public AutogenerateCommand.Result autogenerate(RevisionCommand.Request request) {
        return new AutogenerateCommand(ctx).run(request);
    }

    /**
     * {@code revision --autogenerate -m message} on top of the head.
     *
     * @param message the new revision's message
     * @return the written revision and the differences it holds (none: the revision is empty)
     */
    public AutogenerateCommand.Result autogenerate(String message) {
        return autogenerate(RevisionCommand.Request.of(message));
    }

    /** {@return what autogenerate would write now; not clean means the CLI exits 1} */
    public CheckCommand.Result check() {
        return new CheckCommand(ctx).run();
    }
}
