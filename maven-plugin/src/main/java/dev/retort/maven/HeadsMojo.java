package dev.retort.maven;

import dev.retort.command.AlembicFormat;
import dev.retort.command.RevisionSummary;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code retort heads}: the revisions nothing builds on. */
@Mojo(name = "heads", threadSafe = true, requiresDependencyResolution = ResolutionScope.RUNTIME)
public class HeadsMojo extends AbstractRetortMojo {

    /** Show each revision in full. */
    @Parameter(property = "retort.verbose", defaultValue = "false")
    boolean verbose;

    @Override
    void run(Engine engine) {
        for (RevisionSummary r : engine.load().heads()) {
            if (verbose) {
                lines(AlembicFormat.block(r, List.of(), false));
            } else {
                getLog().info(AlembicFormat.head(r));
            }
        }
    }
}
