package dev.retort.maven;

import dev.retort.command.AlembicFormat;
import dev.retort.command.BranchesCommand.BranchPoint;
import dev.retort.command.RevisionSummary;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code retort branches}: the revisions more than one revision builds on, with their branches. */
@Mojo(name = "branches", threadSafe = true, requiresDependencyResolution = ResolutionScope.RUNTIME)
public class BranchesMojo extends AbstractRetortMojo {

    /** Show each branch point in full. */
    @Parameter(property = "retort.verbose", defaultValue = "false")
    boolean verbose;

    @Override
    void run(Engine engine) {
        for (BranchPoint p : engine.load().branches()) {
            if (verbose) {
                lines(AlembicFormat.block(p.revision(), p.children().stream().map(RevisionSummary::revision).toList(),
                        false));
            } else {
                getLog().info(AlembicFormat.branchPoint(p.revision()));
            }
            p.children().forEach(child -> getLog().info(AlembicFormat.branch(p.revision(), child, verbose)));
            getLog().info("");
        }
    }
}
