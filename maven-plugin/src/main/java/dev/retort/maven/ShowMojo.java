package dev.retort.maven;

import dev.retort.command.RevisionFormat;
import dev.retort.command.ShowCommand;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code retort show <rev>}: one revision in full, with its SQL. */
@Mojo(name = "show", threadSafe = true, requiresDependencyResolution = ResolutionScope.RUNTIME)
public class ShowMojo extends AbstractRetortMojo {

    /** Any identifier naming one revision. */
    @Parameter(property = "retort.revision", defaultValue = "head")
    String revision;

    @Override
    void run(Engine engine) {
        ShowCommand.Result result = engine.load().show(revision);
        RevisionFormat.verbose(result.revision(), result.children(), false).forEach(getLog()::info);
        getLog().info("");
        getLog().info("-- upgrade");
        info(result.upgradeSql());
        getLog().info("");
        getLog().info("-- downgrade");
        info(result.downgradeSql() == null ? "-- (irreversible)" : result.downgradeSql());
    }
}
