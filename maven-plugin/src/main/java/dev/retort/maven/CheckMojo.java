package dev.retort.maven;

import dev.retort.command.CheckCommand;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code retort check}: fails the build, listing the differences, when autogenerate would write a revision, i.e.
 * the database (at head) does not match the entities or schema files. Bound to {@code verify} when declared in an
 * execution; run it after {@code compile} so the entities are there.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.RUNTIME)
public class CheckMojo extends AbstractRetortMojo {

    @Override
    void run(Engine engine) throws MojoFailureException {
        CheckCommand.Result result = engine.comparing().check();
        if (result.clean()) {
            getLog().info("No new upgrade operations detected.");
            return;
        }
        StringBuilder b = new StringBuilder("New upgrade operations detected: the database does not match the "
                + "target schema (" + result.differences().size() + " difference(s)):");
        result.differences().forEach(d -> b.append("\n  ").append(d));
        result.notes().forEach(n -> b.append("\n  review: ").append(n));
        b.append("\nWrite them as a revision: mvn compile retort:revision -Dretort.autogenerate=true "
                + "-Dretort.message=\"...\"");
        throw new MojoFailureException(b.toString());
    }
}
