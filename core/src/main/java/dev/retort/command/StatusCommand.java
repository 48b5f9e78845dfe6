package dev.retort.command;

import dev.retort.graph.MigrationPlan;
import dev.retort.graph.PlanStep;
import dev.retort.graph.RevisionNode;
import dev.retort.state.HistoryEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Everything an operator asks about the database at once: the actuator endpoint and health read this. */
public final class StatusCommand {

    /** Where a revision stands in the database. */
    public enum State {
        /** Applied, and not a current version. */
        APPLIED,
        /** Not applied. */
        PENDING,
        /** A current version (in the version table). */
        CURRENT,
        /** In the version table but defined by no script. */
        UNKNOWN
    }

    /**
     * A revision and what the database says about it.
     *
     * @param revision the revision
     * @param state its state
     * @param appliedAt when it was applied, or {@code null}
     * @param durationMs how long it took, or {@code null}
     */
    public record RevisionStatus(RevisionSummary revision, State state, Instant appliedAt, Long durationMs) {
    }

    /**
     * @param pending revisions an upgrade to {@code target} would apply, in order
     * @param problems checksum drift, unknown rows, a partial migration; empty when healthy
     */
    public record Result(String versionTable, List<String> current, List<String> heads, boolean upToDate,
            List<String> pending, List<RevisionStatus> revisions, List<HistoryEntry> log, List<String> problems) {
    }

    private final CommandContext ctx;

    /** @param ctx the engine's shared context */
    public StatusCommand(CommandContext ctx) {
        this.ctx = ctx;
    }

    /**
     * {@return the database's state against {@code target}}
     *
     * @param target the revision identifier pending revisions are counted up to
     */
    public Result run(String target) {
        DatabaseState state = StateReader.read(ctx, true);
        List<String> problems = new ArrayList<>();
        List<String> unknown = state.versions().stream().filter(v -> !ctx.graph().contains(v)).toList();
        for (String u : unknown) {
            problems.add("version table row '" + u + "' names no known revision; restore its script or run "
                    + "'retort stamp --purge <revision>'");
        }
        if (state.unresolvedPartial() != null) {
            HistoryEntry p = state.unresolvedPartial();
            problems.add("revision " + p.revision() + " stopped part-way (" + p.error() + "); fix by hand and 'retort stamp'");
        }
        if (ctx.config().validateChecksums()) {
            problems.addAll(StateReader.checksumDrift(ctx, state));
        }
        List<String> known = state.versions().stream().filter(ctx.graph()::contains).toList();
        List<String> pending = new ArrayList<>();
        if (unknown.isEmpty()) {
            MigrationPlan plan = ctx.planner().upgrade(target, known);
            for (PlanStep step : plan.steps()) {
                pending.add(step.revision());
            }
        }
        Set<String> applied = new HashSet<>();
        for (RevisionNode n : ctx.graph().ancestors(known.stream().map(ctx.graph()::node).toList(), true)) {
            applied.add(n.id());
        }
        List<String> ahead = unknown.isEmpty() ? ahead(target, applied) : List.of();
        if (!ahead.isEmpty()) {
            problems.add("the database is ahead of " + target + ": revision(s) " + String.join(", ", ahead)
                    + " are applied beyond it; run 'retort downgrade " + target + "' or raise the target");
        }
        Map<String, HistoryEntry> lastUpgrade = new HashMap<>();
        for (HistoryEntry e : state.history()) {
            if ("upgrade".equals(e.operation()) && Boolean.TRUE.equals(e.success())) {
                lastUpgrade.put(e.revision(), e);
            }
        }
        Set<String> currentSet = new HashSet<>(state.versions());
        List<RevisionStatus> revisions = new ArrayList<>();
        for (RevisionNode n : ctx.planner().range("base", "heads")) {
            State s = currentSet.contains(n.id()) ? State.CURRENT : applied.contains(n.id()) ? State.APPLIED : State.PENDING;
            HistoryEntry h = s == State.PENDING ? null : lastUpgrade.get(n.id());
            revisions.add(new RevisionStatus(RevisionSummary.of(n), s, h == null ? null : h.startedAt(),
                    h == null ? null : h.durationMs()));
        }
        for (String u : unknown) {
            revisions.add(new RevisionStatus(RevisionSummary.unknown(u), State.UNKNOWN, null, null));
        }
        boolean upToDate = pending.isEmpty() && unknown.isEmpty() && ahead.isEmpty();
        return new Result(ctx.tables().versionTable(), state.versions(), ctx.graph().heads(), upToDate, pending,
                revisions, state.history(), problems);
    }

    /** The applied revisions that descend from the target: an upgrade plans nothing, yet the database is not at it. */
    private List<String> ahead(String target, Set<String> applied) {
        List<RevisionNode> targets = ctx.graph().resolve(target);
        Set<RevisionNode> beyond = targets.isEmpty() ? new HashSet<>(ctx.graph().revisions())
                : new HashSet<>(ctx.graph().descendants(targets, true));
        targets.forEach(beyond::remove);
        List<String> out = new ArrayList<>();
        for (RevisionNode n : ctx.planner().range("base", "heads")) {
            if (beyond.contains(n) && applied.contains(n.id())) {
                out.add(n.id());
            }
        }
        return out;
    }
}
