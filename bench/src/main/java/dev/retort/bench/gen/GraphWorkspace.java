package dev.retort.bench.gen;

import java.nio.file.Path;

/** A generated revision graph on disk and its shape, for the report. */
public record GraphWorkspace(Path dir, int revisions, int lineages, int branchPoints, int merges, int branchLabels,
        int dependsOn) {

    public String describe() {
        return revisions + " revisions: " + lineages + " labelled lineages (bases/heads), " + branchPoints
                + " branch points merged back, " + merges + " merge revisions, " + branchLabels + " branch labels, "
                + dependsOn + " depends_on edges";
    }
}
