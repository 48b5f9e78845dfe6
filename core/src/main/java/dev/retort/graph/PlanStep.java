package dev.retort.graph;

import dev.retort.script.RevisionBody;
import dev.retort.script.RevisionScript;
import java.util.List;

/**
 * One step of a plan: a revision run up or down, or a stamp (version rows only), with the
 * version-table changes it makes and the heads before and after it.
 *
 * @param script the revision run, or null for a stamp step
 */
public record PlanStep(
        Operation operation,
        RevisionScript script,
        List<String> fromRevisions,
        List<String> toRevisions,
        List<VersionChange> versionChanges,
        List<String> headsAfter) {

    /** What a step does. */
    public enum Operation {
        /** Runs a revision's upgrade. */
        UPGRADE,
        /** Runs a revision's downgrade. */
        DOWNGRADE,
        /** Changes version rows only. */
        STAMP;

        /**
         * {@return the operation as the history table records it: {@code upgrade}, {@code downgrade}, {@code stamp}}
         */
        public String sqlName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * Copies the lists.
     *
     * @param operation what the step does
     * @param script the revision run, or null for a stamp step
     * @param fromRevisions the version rows the step replaces
     * @param toRevisions the version rows it writes
     * @param versionChanges the version-table changes it makes
     * @param headsAfter the version rows after it
     */
    public PlanStep {
        fromRevisions = List.copyOf(fromRevisions);
        toRevisions = List.copyOf(toRevisions);
        versionChanges = List.copyOf(versionChanges);
        headsAfter = List.copyOf(headsAfter);
    }

    /** {@return the revision this step is about: the one run, or the stamp's first target} */
    public String revision() {
        if (script != null) {
            return script.id();
        }
        return toRevisions.isEmpty() ? (fromRevisions.isEmpty() ? "" : fromRevisions.get(0)) : toRevisions.get(0);
    }

    /** {@return what this step runs: the script's upgrade or downgrade body; null for a stamp} */
    public RevisionBody body() {
        if (script == null) {
            return null;
        }
        return operation == Operation.UPGRADE ? script.upgrade() : script.downgrade();
    }

    /** {@return whether the step runs a revision's upgrade} */
    public boolean isUpgrade() {
        return operation == Operation.UPGRADE;
    }

    /** {@return whether the step only changes version rows} */
    public boolean isStamp() {
        return operation == Operation.STAMP;
    }

    @Override
    public String toString() {
        return operation.sqlName() + " " + String.join(",", fromRevisions) + " -> " + String.join(",", toRevisions);
    }
}
