package dev.retort.maven;

import dev.retort.command.AlembicFormat;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code retort upgrade <target>}: upgrades the database to a later revision (default {@code head}). */
@Mojo(name = "upgrade", defaultPhase = LifecyclePhase.PRE_INTEGRATION_TEST, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.RUNTIME)
public class UpgradeMojo extends AbstractRetortMojo {

    /** head, heads, a revision or prefix, +N, label@head; with {@code retort.sql} also a range from:to. */
    @Parameter(property = "retort.target", defaultValue = "head")
    String target;

    /** Print the SQL the upgrade would run against the database now, changing nothing. */
    @Parameter(property = "retort.dry-run", defaultValue = "false")
    boolean dryRun;

    /** Offline mode: print the SQL for the range without connecting (needs {@code retort.dialect} or a URL). */
    @Parameter(property = "retort.sql", defaultValue = "false")
    boolean sql;

    @Override
    void run(Engine engine) {
        if (sql) {
            info(engine.load().upgradeSql(target));
        } else if (dryRun) {
            info(engine.load().upgradeDryRun(target).sql());
        } else {
            getLog().info(AlembicFormat.summary("upgrade", engine.migrating().upgrade(target)));
        }
    }
}
