package dev.retort.maven;

import dev.retort.command.AlembicFormat;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code retort downgrade <target>}: reverts the database to an earlier revision. */
@Mojo(name = "downgrade", threadSafe = true, requiresDependencyResolution = ResolutionScope.RUNTIME)
public class DowngradeMojo extends AbstractRetortMojo {

    /** Required, as in Alembic: -1, a revision or prefix, label@-1, base; with {@code retort.sql} a range from:to. */
    @Parameter(property = "retort.target")
    String target;

    /** Print the SQL the downgrade would run against the database now, changing nothing. */
    @Parameter(property = "retort.dry-run", defaultValue = "false")
    boolean dryRun;

    /** Offline mode: print the SQL for the range without connecting. */
    @Parameter(property = "retort.sql", defaultValue = "false")
    boolean sql;

    @Override
    void run(Engine engine) throws MojoExecutionException {
        if (target == null || target.isBlank()) {
            throw new MojoExecutionException("retort:downgrade needs a target: -Dretort.target=-1 (one step), a "
                    + "revision, or base");
        }
        if (sql) {
            info(engine.load().downgradeSql(target));
        } else if (dryRun) {
            info(engine.load().downgradeDryRun(target).sql());
        } else {
            getLog().info(AlembicFormat.summary("downgrade", engine.migrating().downgrade(target)));
        }
    }
}
