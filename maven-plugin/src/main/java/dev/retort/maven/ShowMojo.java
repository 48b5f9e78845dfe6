package dev.retort.maven;

import dev.retort.command.AlembicFormat;
import dev.retort.command.ShowCommand;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code retort show <rev>}: the revision(s) an identifier names, in full, as Alembic shows them: {@code current},
 * {@code head}, {@code heads}, {@code base} (nothing), a revision, a prefix, {@code <label>@head}.
 */
@Mojo(name = "show", threadSafe = true, requiresDependencyResolution = ResolutionScope.RUNTIME)
public class ShowMojo extends AbstractRetortMojo {

    /** Any identifier; {@code current} reads the database. */
    @Parameter(property = "retort.revision", defaultValue = "head")
    String revision;

    @Override
    void run(Engine engine) {
        for (ShowCommand.Result result : new ShowCommand(engine.load().context()).runAll(revision)) {
            lines(AlembicFormat.block(result.revision(), result.children(), false));
        }
    }
}
