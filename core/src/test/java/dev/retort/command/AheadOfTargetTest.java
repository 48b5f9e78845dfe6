package dev.retort.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.Retort;
import dev.retort.testing.ServerSql;
import dev.retort.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Issue 11 item 17: a database ahead of the target is not "at the target". */
class AheadOfTargetTest {

    @RegisterExtension
    static TestDatabase db = TestDatabase.h2();

    private Retort retort;

    @BeforeEach
    void upgradeToTheLastRevision() {
        ServerSql.reset(db);
        retort = Retort.configure().dataSource(db.dataSource()).locations("classpath:realdb/alembic").load();
        retort.upgrade("heads");
    }

    @Test
    void validateReportsTheRevisionsBeyondTheTarget() {
        ValidateCommand.Result result = retort.validate("1975ea83b712");
        assertThat(result.valid()).isFalse();
        assertThat(result.differences()).singleElement().asString()
                .contains("ahead of 1975ea83b712")
                .contains("3adcc9a56557").contains("55af2cb1c267")
                .contains("retort downgrade 1975ea83b712");
        assertThatThrownBy(() -> new ValidateCommand(retort.context()).require("1975ea83b712"))
                .hasMessageContaining("ahead of 1975ea83b712");
    }

    @Test
    void statusIsNotUpToDateWhenAheadAndIsAtTheTargetItself() {
        assertThat(retort.status("3adcc9a56557").upToDate()).isFalse();
        assertThat(retort.status("base").upToDate()).isFalse();
        assertThat(retort.status("55af2cb1c267").upToDate()).isTrue();
        assertThat(retort.status("55af2cb1c267").problems()).isEmpty();
        assertThat(retort.status("heads").upToDate()).isTrue();
    }
}
