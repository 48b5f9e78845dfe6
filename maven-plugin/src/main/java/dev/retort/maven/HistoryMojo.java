package dev.retort.maven;

import dev.retort.Retort;
import dev.retort.command.AlembicFormat;
import dev.retort.command.RevisionSummary;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code retort history}: the revisions, newest first. */
@Mojo(name = "history", threadSafe = true, requiresDependencyResolution = ResolutionScope.RUNTIME)
public class HistoryMojo extends AbstractRetortMojo {

    /** Range start:end, either side optional ({@code base:current}, {@code ae10:}). */
    @Parameter(property = "retort.range")
    String range;

    /** Show each revision in full. */
    @Parameter(property = "retort.verbose", defaultValue = "false")
    boolean verbose;

    /** Mark the database's current revision(s); needs a database. */
    @Parameter(property = "retort.indicate-current", defaultValue = "false")
    boolean indicateCurrent;

    @Override
    void run(Engine engine) {
        Retort retort = engine.load();
        List<RevisionSummary> revisions = retort.history(range);
        Set<String> current = new HashSet<>();
        if (indicateCurrent) {
            retort.current().current().forEach(r -> current.add(r.revision()));
        }
        for (RevisionSummary r : revisions) {
            boolean isCurrent = current.contains(r.revision());
            if (verbose) {
                lines(AlembicFormat.block(r, List.copyOf(retort.graph().node(r.revision()).children()), isCurrent));
            } else {
                getLog().info(AlembicFormat.history(r, isCurrent));
            }
        }
    }
}
