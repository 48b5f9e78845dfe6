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
import java.util.List;

/**
 * The engine, configured and loaded: one method per command, each returning a value. Build one with
 * {@code Retort.configure().dataSource(ds).locations("classpath:db/revisions").load()}.
 */
public final class Retort {

    private final CommandContext ctx;

    Retort(CommandContext ctx) {
        this.ctx = ctx;
    }

    /** Starts a configuration with the defaults of SPEC §7. */
    public static RetortConfiguration configure() {
        return new RetortConfiguration();
    }

    /** The shared context, for adapters that call command classes directly. */
    public CommandContext context() {
        return ctx;
    }

    public RevisionGraph graph() {
        return ctx.graph();
    }

    public MigrationResult upgrade(String target) {
        return new UpgradeCommand(ctx).run(target, false);
    }

    public MigrationResult downgrade(String target) {
        return new DowngradeCommand(ctx).run(target, false);
    }

    /** The SQL an upgrade to {@code target} would run now, without running it. */
    public MigrationResult upgradeDryRun(String target) {
        return new UpgradeCommand(ctx).run(target, true);
    }

    public MigrationResult downgradeDryRun(String target) {
        return new DowngradeCommand(ctx).run(target, true);
    }

    /** Offline SQL for {@code [start:]end}, without a database. */
    public String upgradeSql(String range) {
        return new OfflineSqlCommand(ctx).upgrade(range).sql();
    }

    /** Offline SQL for {@code start:end}, without a database. */
    public String downgradeSql(String range) {
        return new OfflineSqlCommand(ctx).downgrade(range).sql();
    }

    /** Offline SQL that stamps {@code [start:]rev} for each target, without a database. */
    public String stampSql(List<String> targets) {
        return new OfflineSqlCommand(ctx).stamp(targets).sql();
    }

    public MigrationResult stamp(List<String> targets, boolean purge) {
        return new StampCommand(ctx).run(targets, purge, false);
    }

    /** {@code ensure_version}: creates the version and history tables if missing, runs nothing. */
    public EnsureVersionCommand.Result ensureVersion() {
        return new EnsureVersionCommand(ctx).run();
    }

    public CurrentCommand.Result current() {
        return new CurrentCommand(ctx).run();
    }

    public List<RevisionSummary> history(String range) {
        return new HistoryCommand(ctx).run(range);
    }

    public List<RevisionSummary> heads() {
        return new HeadsCommand(ctx).run();
    }

    public List<BranchesCommand.BranchPoint> branches() {
        return new BranchesCommand(ctx).run();
    }

    public ShowCommand.Result show(String identifier) {
        return new ShowCommand(ctx).run(identifier);
    }

    public RevisionCommand.Result revision(RevisionCommand.Request request) {
        return new RevisionCommand(ctx).run(request);
    }

    public RevisionCommand.Result merge(String message, List<String> revisions) {
        return new MergeCommand(ctx).run(message, revisions, List.of(), null);
    }

    public StatusCommand.Result status(String target) {
        return new StatusCommand(ctx).run(target);
    }

    public ValidateCommand.Result validate(String target) {
        return new ValidateCommand(ctx).run(target);
    }

    /** {@code revision --autogenerate}: writes a revision that brings the database (at head) to the target schema. */
    public AutogenerateCommand.Result autogenerate(RevisionCommand.Request request) {
        return new AutogenerateCommand(ctx).run(request);
    }

    /** {@code revision --autogenerate -m message} on top of the head. */
    public AutogenerateCommand.Result autogenerate(String message) {
        return autogenerate(RevisionCommand.Request.of(message));
    }

    /** What autogenerate would write now; not clean means the CLI exits 1. */
    public CheckCommand.Result check() {
        return new CheckCommand(ctx).run();
    }
}
