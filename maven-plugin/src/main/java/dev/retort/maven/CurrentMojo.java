package dev.retort.maven;

import dev.retort.Retort;
import dev.retort.command.CurrentCommand;
import dev.retort.command.RevisionFormat;
import dev.retort.command.RevisionSummary;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code retort current}: the revision(s) the database is at. */
@Mojo(name = "current", threadSafe = true, requiresDependencyResolution = ResolutionScope.RUNTIME)
public class CurrentMojo extends AbstractRetortMojo {

    /** Show each revision in full. */
    @Parameter(property = "retort.verbose", defaultValue = "false")
    boolean verbose;

    /** Fail the build unless the database is at every head. */
    @Parameter(property = "retort.check-heads", defaultValue = "false")
    boolean checkHeads;

    @Override
    void run(Engine engine) throws MojoFailureException {
        Retort retort = engine.load();
        CurrentCommand.Result result = retort.current();
        if (result.current().isEmpty() && result.unknown().isEmpty()) {
            getLog().info("Database at base (no revision applied)");
        }
        for (RevisionSummary r : result.current()) {
            if (verbose) {
                RevisionFormat.verbose(r, List.copyOf(retort.graph().node(r.revision()).children()), true)
                        .forEach(getLog()::info);
            } else {
                getLog().info(RevisionFormat.brief(r));
            }
        }
        for (String unknown : result.unknown()) {
            getLog().warn(unknown + " (unknown: no revision script defines it; see retort:stamp -Dretort.purge)");
        }
        if (checkHeads && !result.atHeads()) {
            List<String> at = new ArrayList<>(result.current().stream().map(RevisionSummary::revision).toList());
            at.addAll(result.unknown());
            throw new MojoFailureException("The database is not at head: it is at " + RevisionFormat.revisions(at)
                    + ", the heads are " + RevisionFormat.revisions(retort.graph().realHeads())
                    + ". Run mvn retort:upgrade -Dretort.target=heads");
        }
    }
}
