package dev.retort.test;

import dev.retort.Retort;
import dev.retort.command.MigrationResult;
import dev.retort.graph.RevisionNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks the database through revisions for a data-migration test: go to the revision before the one under
 * test, seed rows, step on, assert, step back, assert again.
 *
 * <pre>{@code
 * try (MigrationSteps steps = RetortMigrationTests.steps(retort)) {
 *     steps.upgradeTo("ae1027a6acf");
 *     jdbc.update("INSERT INTO account (id, full_name) VALUES (1, 'Ada Lovelace')");
 *     steps.upgradeOne();
 *     assertThat(jdbc.queryForObject("SELECT last_name FROM account", String.class)).isEqualTo("Lovelace");
 * }   // back at the heads
 * }</pre>
 *
 * Revisions are named as on the command line (id, unique prefix, {@code label@head}, ...). Closing upgrades the
 * database to its heads again, so other tests of the same context see a migrated schema.
 */
public final class MigrationSteps implements AutoCloseable {

    private final DatabaseMoves moves;

    MigrationSteps(Retort retort) {
        this.moves = new DatabaseMoves(retort);
    }

    /**
     * Leaves the database at exactly {@code revision}: it and its ancestors applied, nothing else — as a fresh
     * database upgraded to it would be. Downgrades what is past it (a Spring test starts at head), upgrades
     * what is missing.
     *
     * @param revision an identifier as on the command line: id, unique prefix, label, {@code base}
     * @return the revisions then in the version table
     */
    public List<String> upgradeTo(String revision) {
        RevisionNode node = moves.graph().resolveOne(revision);
        moves.moveTo(node == null ? List.of() : List.of(node));
        return current();
    }

    /**
     * Leaves the database just below {@code revision}: at its down revisions, so that its upgrade is the next step.
     *
     * @param revision an identifier as on the command line
     * @return the revisions then in the version table
     */
    public List<String> upgradeBefore(String revision) {
        RevisionNode node = moves.graph().resolveOne(revision);
        if (node == null) {
            throw new IllegalArgumentException("'" + revision + "' is base: there is nothing before it");
        }
        List<RevisionNode> downs = new ArrayList<>();
        for (String down : node.normalizedDownRevisions()) {
            downs.add(moves.graph().node(down));
        }
        moves.moveTo(downs);
        return current();
    }

    /**
     * {@code upgrade +1}: the next revision.
     *
     * @return what ran
     */
    public MigrationResult upgradeOne() {
        return moves.retort().upgrade("+1");
    }

    /**
     * {@code downgrade -1}: undoes the current revision.
     *
     * @return what ran
     */
    public MigrationResult downgradeOne() {
        return moves.retort().downgrade("-1");
    }

    /**
     * {@code upgrade <target>}.
     *
     * @param target any identifier of the command line ({@code heads}, {@code billing@head}, {@code +2}, ...)
     * @return what ran
     */
    public MigrationResult upgrade(String target) {
        return moves.retort().upgrade(target);
    }

    /**
     * {@code downgrade <target>}.
     *
     * @param target any identifier of the command line ({@code base}, {@code -1}, a revision, ...)
     * @return what ran
     */
    public MigrationResult downgrade(String target) {
        return moves.retort().downgrade(target);
    }

    /**
     * {@code upgrade heads}.
     *
     * @return what ran
     */
    public MigrationResult upgradeToHeads() {
        return moves.retort().upgrade("heads");
    }

    /**
     * The revisions in the version table.
     *
     * @return their ids; empty at base
     */
    public List<String> current() {
        return moves.current();
    }

    /** Upgrades to the heads. */
    @Override
    public void close() {
        upgradeToHeads();
    }
}
