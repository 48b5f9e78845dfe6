package dev.retort.maven;

import dev.retort.command.AlembicFormat;
import java.util.Arrays;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code retort stamp <rev>...}: sets the version table without running any migration. */
@Mojo(name = "stamp", threadSafe = true, requiresDependencyResolution = ResolutionScope.RUNTIME)
public class StampMojo extends AbstractRetortMojo {

    /** Comma-separated revision(s) to stamp; {@code base} empties the table. Several targets keep every branch. */
    @Parameter(property = "retort.target")
    String target;

    /** Delete every version row first (unknown ones too) instead of moving from the current revisions. */
    @Parameter(property = "retort.purge", defaultValue = "false")
    boolean purge;

    @Override
    void run(Engine engine) throws MojoExecutionException {
        if (target == null || target.isBlank()) {
            throw new MojoExecutionException("retort:stamp needs the revision(s) to stamp: -Dretort.target=<rev>[,<rev>] "
                    + "(or base)");
        }
        List<String> revisions = Arrays.stream(target.split(",")).map(String::strip).filter(r -> !r.isEmpty()).toList();
        getLog().info(AlembicFormat.stamped(engine.migrating().stamp(revisions, purge)));
    }
}
