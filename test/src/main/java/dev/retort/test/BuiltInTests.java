package dev.retort.test;

import static org.junit.jupiter.api.Assertions.fail;

import dev.retort.Retort;
import dev.retort.RetortException;
import dev.retort.command.AutogenerateCommand;
import dev.retort.command.RevisionSummary;
import dev.retort.graph.RevisionNode;
import dev.retort.schema.TargetSchemaSource;
import dev.retort.schema.diff.SchemaDiff;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.opentest4j.TestAbortedException;

/** The bodies of {@link RetortMigrationTests}' default tests. */
final class BuiltInTests {

    private BuiltInTests() {
    }

    static void singleHeadRevision(Retort retort) {
        requireRevisions(retort);
        List<RevisionSummary> heads = retort.heads();
        if (heads.size() == 1) {
            return;
        }
        StringBuilder b = new StringBuilder("Expected one head revision, found ").append(heads.size()).append(":\n");
        for (RevisionSummary head : heads) {
            b.append("  ").append(head.revision()).append(head.message().isEmpty() ? "" : "  " + head.message())
                    .append("  (").append(head.source()).append(")\n");
        }
        b.append("Branches were added side by side and never merged, so 'upgrade head' fails. Join them with a "
                + "merge revision:\n  retort merge -m \"merge heads\" ")
                .append(heads.stream().map(RevisionSummary::revision).collect(Collectors.joining(" ")));
        fail(b.toString());
    }

    static void upgradeFromBaseToHeads(Retort retort) {
        requireRevisions(retort);
        DatabaseMoves moves = new DatabaseMoves(retort);
        withHeadsRestored(retort, () -> {
            Set<RevisionNode> floor = Set.of();
            try {
                floor = moves.toLowestPoint();
            } catch (RetortException e) {
                fail("Taking the database down to base, to upgrade from there, failed: " + e.getMessage(), e);
            }
            try {
                retort.upgrade("heads");
            } catch (RetortException e) {
                fail("Upgrading from " + (floor.isEmpty() ? "base" : irreversible(floor)) + " to the heads failed: "
                        + e.getMessage() + "\n(The kit took the database down with the downgrades first: if an upgrade "
                        + "failed because something it creates already exists, a downgrade left it behind, and the "
                        + "stairway names which.)", e);
            }
            Set<String> heads = Set.copyOf(retort.graph().realHeads());
            Set<String> current = Set.copyOf(moves.current());
            if (!current.equals(heads)) {
                fail("After 'upgrade heads' the version table holds " + current + ", not the heads " + heads);
            }
            if (!floor.isEmpty()) {
                throw new TestAbortedException("Upgrade checked only from " + irreversible(floor) + " to the heads: "
                        + "these irreversible revisions are applied, so the database cannot go back to base. The "
                        + "whole chain is checked on a database where they have not run yet (a fresh database with "
                        + "retort.startup=none)");
            }
        });
    }

    /**
     * Down, up and down again for each applied revision, from the top (the database a Spring test starts with is
     * at head); then up, down and up again for each revision not applied, from the bottom. With
     * {@code compareSchemas}, each round trip must also leave the schema as it found it.
     */
    static void stairway(Retort retort, boolean compareSchemas, Consumer<String> notes) {
        requireRevisions(retort);
        DatabaseMoves moves = new DatabaseMoves(retort);
        RoundTrips trips = new RoundTrips(moves, compareSchemas);
        withHeadsRestored(retort, () -> {
            Set<RevisionNode> checked = new HashSet<>();
            List<String> heads = moves.current();
            for (RevisionNode head = reversibleHead(moves, heads); head != null; head = reversibleHead(moves, heads)) {
                heads = trips.downUpDown(head);
                checked.add(head);
            }
            Set<RevisionNode> floor = moves.applied();
            Set<RevisionNode> applied = new HashSet<>(floor);
            List<String> irreversible = new ArrayList<>();
            for (RevisionNode node : moves.parentsFirst()) {
                if (floor.contains(node) || checked.contains(node)) {
                    continue;
                }
                boolean parentsApplied = moves.nodes(node.normalizedDownRevisions()).stream().allMatch(applied::contains);
                applied.addAll(moves.graph().ancestors(List.of(node), true));
                if (trips.upDownUp(node, parentsApplied)) {
                    checked.add(node);
                } else {
                    irreversible.add(node.id());
                }
            }
            if (!irreversible.isEmpty()) {
                notes.accept("Irreversible, so upgraded only (their downgrade was not checked): "
                        + String.join(", ", irreversible));
            }
            if (!floor.isEmpty()) {
                String below = floor.stream().map(RevisionNode::id).sorted().collect(Collectors.joining(", "));
                String message = "Not checked: " + below + ". Irreversible revisions " + irreversible(floor)
                        + " are applied, so the database cannot go below them; these are checked on a database "
                        + "where they have not run yet (a fresh database with retort.startup=none)";
                if (checked.isEmpty()) {
                    throw new TestAbortedException(message);
                }
                notes.accept(message);
            }
        });
    }

    /** One of {@code heads} that can be downgraded, or null. */
    private static RevisionNode reversibleHead(DatabaseMoves moves, List<String> heads) {
        for (RevisionNode head : moves.nodes(heads)) {
            if (head.script().reversible()) {
                return head;
            }
        }
        return null;
    }

    static void modelMatchesDatabase(Retort retort, Supplier<TargetSchemaSource> targets) {
        requireRevisions(retort);
        TargetSchemaSource target = targets.get();
        if (target == null) {
            throw new TestAbortedException("No autogenerate target to compare the schema at head with: there are no "
                    + "schema files at " + String.join(", ", retort.context().config().autogenerateSchema())
                    + " (retort.autogenerate.schema). Add one, or override retortTargetSchema()");
        }
        withHeadsRestored(retort, () -> {
            retort.upgrade("heads");
            SchemaDiff diff = new AutogenerateCommand(retort.context()).compare(target);
            if (!diff.isEmpty()) {
                StringBuilder b = new StringBuilder("The schema at head (")
                        .append(String.join(", ", retort.graph().realHeads())).append(") does not match the target (")
                        .append(target).append("): autogenerate would write\n  ")
                        .append(String.join("\n  ", diff.descriptions()));
                for (String note : diff.notes()) {
                    b.append("\n  -- ").append(note);
                }
                b.append("\nWrite the revision that is missing (retort revision --autogenerate -m \"...\"), "
                        + "or correct the target");
                fail(b.toString());
            }
        });
    }

    private static void requireRevisions(Retort retort) {
        if (retort.graph().isEmpty()) {
            throw new TestAbortedException("No revisions at " + String.join(", ", retort.context().config().locations())
                    + ": there is nothing to check yet (retort.locations)");
        }
    }

    /** The irreversible revisions among {@code revisions}, for messages. */
    private static String irreversible(Set<RevisionNode> revisions) {
        return revisions.stream().filter(node -> !node.script().reversible()).map(RevisionNode::id).sorted()
                .collect(Collectors.joining(", "));
    }

    /**
     * Runs {@code body}, then upgrades to the heads, so other tests of the same context see a migrated schema;
     * when that fails too after a failure, its error is attached to the first.
     */
    private static void withHeadsRestored(Retort retort, Runnable body) {
        Throwable failure = null;
        try {
            body.run();
        } catch (RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            try {
                retort.upgrade("heads");
            } catch (RuntimeException e) {
                if (failure == null) {
                    throw new RetortException("The kit could not leave the database at its heads: " + e.getMessage(), e);
                }
                failure.addSuppressed(e);
            }
        }
    }
}
