package dev.retort.maven;

import dev.retort.command.AutogenerateCommand;
import dev.retort.command.RevisionCommand;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code retort revision -m <msg> [--autogenerate]}: writes a new revision file into the first location's folder
 * ({@code src/main/resources/db/revisions} by default). With {@code retort.autogenerate}, its SQL brings the database
 * (at head) to the target schema: the project's JPA entities (run {@code mvn compile retort:revision ...}), or
 * schema files.
 */
@Mojo(name = "revision", threadSafe = true, requiresDependencyResolution = ResolutionScope.RUNTIME)
public class RevisionMojo extends AbstractRetortMojo {

    /** Message of the revision (also its file name). */
    @Parameter(property = "retort.message")
    String message;

    /** Compare the database with the target schema and write the differences as the revision's SQL. */
    @Parameter(property = "retort.autogenerate", defaultValue = "false")
    boolean autogenerate;

    /** Revision to build on: a head, label@head, base, or with {@code retort.splice} any revision. */
    @Parameter(property = "retort.head", defaultValue = "head")
    String head;

    /** Allow {@code retort.head} to name a revision that is not a head (starts a branch). */
    @Parameter(property = "retort.splice", defaultValue = "false")
    boolean splice;

    /** Branch label(s) for the new revision, comma-separated. */
    @Parameter(property = "retort.branch-label")
    String branchLabel;

    /** Revision(s) or branch label(s) the new revision depends on, comma-separated. */
    @Parameter(property = "retort.depends-on")
    String dependsOn;

    /** Revision id to use instead of a random one. */
    @Parameter(property = "retort.rev-id")
    String revId;

    @Override
    void run(Engine engine) throws MojoExecutionException {
        engine.creatingRevisionDirectory();
        RevisionCommand.Request request = new RevisionCommand.Request(message, head, splice,
                MergeMojo.split(branchLabel), MergeMojo.split(dependsOn), revId, null, null);
        RevisionCommand.Result result;
        if (autogenerate) {
            AutogenerateCommand.Result generated = engine.comparing().autogenerate(request);
            generated.diff().descriptions().forEach(d -> getLog().info("Detected " + d));
            generated.diff().notes().forEach(n -> getLog().warn("Review: " + n));
            if (generated.diff().isEmpty()) {
                getLog().info("No changes detected: the revision is empty");
            }
            result = generated.revision();
        } else {
            result = engine.load().revision(request);
        }
        getLog().info("Generating " + result.file() + " ... done");
    }
}
