package dev.retort.command;

import static dev.retort.testing.ServerSql.exec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.Retort;
import dev.retort.testing.ServerSql;
import dev.retort.testing.TestDatabase;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Issue 11 item 16: health and endpoint probes read the state at most once per interval. */
class StatusCacheTest {

    @RegisterExtension
    static TestDatabase db = TestDatabase.h2();

    @Test
    void aProbeWithinTheIntervalReusesTheLastReadAndAMigrationForgetsIt() {
        ServerSql.reset(db);
        Retort retort = Retort.configure().dataSource(db.dataSource()).locations("classpath:realdb/alembic").load();
        retort.upgrade("3adcc9a56557");
        Duration interval = Duration.ofMinutes(5);
        assertThat(retort.status("heads", interval).current()).containsExactly("3adcc9a56557");

        exec(db, "UPDATE retort_version SET version_num = '1975ea83b712'"); // another tool, behind Retort's back
        assertThat(retort.status("heads", interval).current()).containsExactly("3adcc9a56557");
        assertThat(retort.status("heads", Duration.ZERO).current()).containsExactly("1975ea83b712");

        exec(db, "UPDATE retort_version SET version_num = '3adcc9a56557'");
        retort.upgrade("heads");
        assertThat(retort.status("heads", interval).current()).containsExactly("55af2cb1c267");
    }
}
