package dev.retort.test;

import static org.junit.jupiter.api.Assertions.fail;

import dev.retort.RetortException;
import dev.retort.command.AutogenerateCommand;
import dev.retort.command.MigrationResult;
import dev.retort.graph.RevisionNode;
import dev.retort.schema.diff.SchemaComparator;
import dev.retort.schema.diff.SchemaDiff;
import dev.retort.schema.model.Schema;
import java.util.List;

/**
 * One revision's downgrade and upgrade run back to back, each failure reported with the revision and what went
 * wrong; optionally the schema is reflected around them and compared.
 */
final class RoundTrips {

    private final DatabaseMoves moves;
    private final AutogenerateCommand schemas;

    /** @param compareSchemas reflect and compare the schema around each round trip */
    RoundTrips(DatabaseMoves moves, boolean compareSchemas) {
        this.moves = moves;
        this.schemas = compareSchemas ? new AutogenerateCommand(moves.retort().context()) : null;
    }

    /**
     * From the bottom: upgrade {@code node} (its parents first, unless {@code parentsApplied}), downgrade it, upgrade
     * it again; with schemas, the schema after the downgrade must equal the one before the upgrade. False when it is
     * irreversible (upgraded only).
     */
    boolean upDownUp(RevisionNode node, boolean parentsApplied) {
        if (!parentsApplied) {
            for (String down : node.normalizedDownRevisions()) {
                upgrade(node, down, "the upgrade of its down revision " + down + " failed");
            }
        }
        Schema before = reflect();
        upgrade(node, node.id(), "its upgrade failed");
        if (!node.script().reversible()) {
            return false;
        }
        downgrade(node);
        if (schemas != null) {
            SchemaDiff left = SchemaComparator.compare(before, reflect());
            if (!left.isEmpty()) {
                fail(DatabaseMoves.describe(node) + ": its downgrade does not undo its upgrade. Compared with the schema "
                        + "before the upgrade, upgrade + downgrade left:\n  " + String.join("\n  ", left.descriptions())
                        + "\nMake the downgrade undo each of these");
            }
        }
        upgradeAgain(node);
        return true;
    }

    /**
     * From the top, for a current head: downgrade it, upgrade it again, downgrade it again; with schemas, the
     * schema after the upgrade must equal the one before the first downgrade. Returns the heads then current.
     */
    List<String> downUpDown(RevisionNode head) {
        Schema applied = reflect();
        downgrade(head);
        upgradeAgain(head);
        if (schemas != null) {
            SchemaDiff changed = SchemaComparator.compare(applied, reflect());
            if (!changed.isEmpty()) {
                fail(DatabaseMoves.describe(head) + ": its downgrade does not undo its upgrade. After downgrade + "
                        + "upgrade the schema differs from before:\n  " + String.join("\n  ", changed.descriptions())
                        + "\nMake the downgrade undo exactly what the upgrade does");
            }
        }
        return downgrade(head).toHeads();
    }

    private Schema reflect() {
        return schemas == null ? null : schemas.reflectLive();
    }

    private void upgrade(RevisionNode node, String target, String what) {
        try {
            moves.retort().upgrade(target);
        } catch (RetortException e) {
            fail(DatabaseMoves.describe(node) + ": " + what + ": " + e.getMessage() + "\n(If it failed because "
                    + "something it creates already exists, a downgrade run earlier left it behind: the stairway "
                    + "names which.)", e);
        }
    }

    private MigrationResult downgrade(RevisionNode node) {
        try {
            return moves.downgradeAlone(node);
        } catch (RetortException e) {
            return fail(DatabaseMoves.describe(node) + ": its downgrade failed: " + e.getMessage(), e);
        }
    }

    private void upgradeAgain(RevisionNode node) {
        try {
            moves.retort().upgrade(node.id());
        } catch (RetortException e) {
            fail(DatabaseMoves.describe(node) + ": its upgrade failed when run again after its downgrade, so the "
                    + "downgrade does not undo everything the upgrade does: " + e.getMessage(), e);
        }
    }
}
