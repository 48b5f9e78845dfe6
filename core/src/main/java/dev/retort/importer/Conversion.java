package dev.retort.importer;

import dev.retort.script.RevisionFile;
import java.util.List;

/**
 * What an importer read from another tool's project: the revision files to write and what the user should know
 * about the conversion (scripts left out, revisions made irreversible).
 */
public record Conversion(List<RevisionFile> revisions, List<String> notes) {

    public Conversion {
        revisions = List.copyOf(revisions);
        notes = List.copyOf(notes);
    }
}
