package dev.retort.maven;

import dev.retort.Retort;
import dev.retort.command.AlembicFormat;
import dev.retort.command.CurrentCommand;
import dev.retort.command.RevisionSummary;
import dev.retort.config.Secrets;
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
        if (verbose) {
            getLog().info("Current revision(s) for " + Secrets.maskUrl(String.valueOf(engine.config().get("url"))) + ":");
        }
        for (RevisionSummary r : result.appliedHeads()) {
            if (verbose) {
                lines(AlembicFormat.block(r, List.copyOf(retort.graph().node(r.revision()).children()), false));
            } else {
                getLog().info(AlembicFormat.current(r));
            }
        }
        for (String unknown : result.unknown()) {
            getLog().info(unknown);
            getLog().warn("The version table row '" + unknown + "' names no revision script; restore the script, or "
                    + "reset the table with mvn retort:stamp -Dretort.purge=true -Dretort.target=<revision>");
        }
        if (checkHeads && !result.atHeads()) {
            List<String> at = new ArrayList<>(result.current().stream().map(RevisionSummary::revision).toList());
            at.addAll(result.unknown());
            throw new MojoFailureException("The database is not at head: it is at " + AlembicFormat.heads(at)
                    + ", the heads are " + String.join(", ", retort.graph().realHeads())
                    + ". Run mvn retort:upgrade -Dretort.target=heads");
        }
    }
}
