package dev.retort.reliability;

import dev.retort.JavaRevision;
import dev.retort.Retort;
import dev.retort.RetortConfiguration;
import dev.retort.Revision;
import dev.retort.RevisionContext;
import dev.retort.exec.DriverManagerDataSource;
import java.time.Duration;
import java.util.List;

/**
 * The migrating process of the reliability suite, run in a child JVM: {@code <jdbc-url> <location> [slow]} upgrades to
 * heads and prints {@code APPLIED <n>}; with {@code slow}, revision {@code 5100...02} writes its row, prints
 * {@code SLEEPING} and sleeps, so the test can kill the process mid-revision.
 */
public final class ChildMigrator {

    private ChildMigrator() {
    }

    /** Writes a row, then waits to be killed. */
    @Revision(id = "51000002", downRevision = "51000001", message = "killed mid-revision")
    public static class Slow implements JavaRevision {
        @Override
        public void upgrade(RevisionContext ctx) throws Exception {
            ctx.execute("INSERT INTO applied (revision) VALUES ('51000002')");
            System.out.println("SLEEPING");
            System.out.flush();
            Thread.sleep(Duration.ofMinutes(2).toMillis());
        }
    }

    /** The same revision when it is not killed. */
    @Revision(id = "51000002", downRevision = "51000001", message = "killed mid-revision")
    public static class Quick implements JavaRevision {
        @Override
        public void upgrade(RevisionContext ctx) throws Exception {
            ctx.execute("INSERT INTO applied (revision) VALUES ('51000002')");
        }
    }

    public static void main(String[] args) {
        RetortConfiguration config = Retort.configure()
                .dataSource(new DriverManagerDataSource(args[0], null, null))
                .locations("filesystem:" + args[1]).lock(true, Duration.ofMinutes(2));
        if (args.length > 2) {
            config.javaRevisions(List.of(args[2].equals("slow") ? new Slow() : new Quick()));
        }
        try {
            int applied = config.load().upgrade("heads").steps().size();
            System.out.println("APPLIED " + applied);
        } catch (RuntimeException e) {
            System.out.println("FAILED " + e.getMessage());
            System.exit(3);
        }
    }
}
