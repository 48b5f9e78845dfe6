package dev.retort.command;

import dev.retort.ConfigurationException;
import dev.retort.graph.RevisionResolutionException;
import dev.retort.script.LocationScanner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code edit <rev>}: the files of the revisions an identifier names ({@code current} reads the database), for
 * an adapter to open in an editor. Only revisions read from a directory can be edited.
 */
public final class EditCommand {

    private final CommandContext ctx;

    public EditCommand(CommandContext ctx) {
        this.ctx = ctx;
    }

    public List<Path> files(String identifier) {
        List<ShowCommand.Result> revisions = new ShowCommand(ctx).runAll(identifier);
        if (revisions.isEmpty()) {
            throw new RevisionResolutionException("current".equals(identifier)
                    ? "The database has no current revision (it is at base); name a revision to edit"
                    : "'" + identifier + "' names no revision file (it resolves to base); name a revision to edit");
        }
        List<Path> files = new ArrayList<>();
        for (ShowCommand.Result r : revisions) {
            String source = r.revision().source();
            if (source == null || !source.startsWith(LocationScanner.FILESYSTEM)) {
                throw new ConfigurationException("Revision " + r.revision().revision() + " was not read from a "
                        + "directory (" + source + "), so there is no file to edit; open it where it is written, or "
                        + "point the locations at the source directory (filesystem:...)");
            }
            files.add(Path.of(source.substring(LocationScanner.FILESYSTEM.length())));
        }
        return files;
    }
}
