package dev.retort.maven;

import dev.retort.command.MergeCommand;
import dev.retort.command.RevisionCommand;
import java.util.Arrays;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code retort merge -m <msg> <revs>}: writes an empty revision joining branches (default: all heads). */
@Mojo(name = "merge", threadSafe = true, requiresDependencyResolution = ResolutionScope.RUNTIME)
public class MergeMojo extends AbstractRetortMojo {

    /** Message of the merge revision (also its file name). */
    @Parameter(property = "retort.message")
    String message;

    /** Comma-separated revisions to merge. */
    @Parameter(property = "retort.revisions", defaultValue = "heads")
    String revisions;

    /** Branch label(s) for the merge revision, comma-separated. */
    @Parameter(property = "retort.branch-label")
    String branchLabel;

    /** Revision id to use instead of a random one. */
    @Parameter(property = "retort.rev-id")
    String revId;

    @Override
    void run(Engine engine) throws MojoExecutionException {
        engine.creatingRevisionDirectory();
        RevisionCommand.Result result = new MergeCommand(engine.load().context()).run(message, split(revisions),
                split(branchLabel), revId);
        getLog().info("Generating " + result.file() + " ... done");
    }

    static List<String> split(String list) {
        return list == null ? List.of()
                : Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
