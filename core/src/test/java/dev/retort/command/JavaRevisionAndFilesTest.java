package dev.retort.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.JavaRevision;
import dev.retort.Retort;
import dev.retort.Revision;
import dev.retort.RevisionContext;
import dev.retort.graph.RevisionResolutionException;
import dev.retort.script.ScriptException;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Java revisions in the SQL graph, and the commands that write revision files. */
class JavaRevisionAndFilesTest {

    @RegisterExtension
    static TestDatabase db = TestDatabase.h2();

    @Revision(id = "j0000002", downRevision = "j0000001", message = "lower-case names")
    public static class LowerCaseNames implements JavaRevision {
        @Override
        public void upgrade(RevisionContext ctx) throws Exception {
            ctx.update("UPDATE people SET name = LOWER(name)");
        }

        @Override
        public void downgrade(RevisionContext ctx) throws Exception {
            ctx.update("UPDATE people SET name = UPPER(name)");
        }
    }

    public static class Unannotated implements JavaRevision {
        @Override
        public void upgrade(RevisionContext ctx) {
        }
    }

    private String name() throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM people WHERE id = 1")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void javaRevisionRunsInTheSameGraphBothWays() throws Exception {
        Retort retort = Retort.configure().dataSource(db.dataSource()).locations("classpath:graphs/javarev")
                .javaRevisions(List.of(new LowerCaseNames())).load();
        assertThat(retort.graph().heads()).containsExactly("j0000002");
        assertThat(retort.graph().node("j0000002").script().checksum()).startsWith("1:");
        retort.upgrade("heads");
        assertThat(name()).isEqualTo("ada");
        retort.downgrade("-1");
        assertThat(name()).isEqualTo("ADA");
        retort.downgrade("base");
    }

    @Test
    void javaRevisionWithoutAnnotationIsALoadError() {
        assertThatThrownBy(() -> Retort.configure().locations("classpath:graphs/javarev")
                .javaRevisions(List.of(new Unannotated())).load())
                .isInstanceOf(ScriptException.class)
                .hasMessageContaining(Unannotated.class.getName())
                .hasMessageContaining("@Revision");
    }

    @Test
    void revisionWritesAFileOnTopOfTheHeadAndItLoads(@TempDir Path dir) throws Exception {
        Retort first = Retort.configure().locations("filesystem:" + dir).load();
        RevisionCommand.Result a = first.revision(RevisionCommand.Request.of("create account table"));
        assertThat(a.revision()).matches("[0-9a-f]{12}");
        assertThat(a.file().getFileName().toString()).isEqualTo(a.revision() + "_create_account_table.sql");
        String text = Files.readString(a.file());
        assertThat(text).contains("-- revision: " + a.revision()).contains("-- down_revision: \n")
                .contains("-- message: create account table").contains("-- retort:upgrade").contains("-- retort:downgrade");

        Retort second = Retort.configure().locations("filesystem:" + dir).load();
        RevisionCommand.Result b = second.revision(new RevisionCommand.Request("add a column", "head", false,
                List.of("billing"), List.of(), "b0b0b0b0b0b0", null, null));
        assertThat(Files.readString(b.file())).contains("-- down_revision: " + a.revision())
                .contains("-- branch_labels: billing");

        Retort third = Retort.configure().locations("filesystem:" + dir).load();
        assertThatThrownBy(() -> third.revision(new RevisionCommand.Request("x", a.revision(), false, List.of(),
                List.of(), null, null, null)))
                .isInstanceOf(RevisionResolutionException.class)
                .hasMessageContaining("--splice");
        RevisionCommand.Result c = third.revision(new RevisionCommand.Request("side", a.revision(), true, List.of(),
                List.of(), "c0c0c0c0c0c0", null, null));
        Retort fourth = Retort.configure().locations("filesystem:" + dir).load();
        assertThat(fourth.graph().heads()).containsExactlyInAnyOrder("b0b0b0b0b0b0", "c0c0c0c0c0c0");

        RevisionCommand.Result merge = fourth.merge("merge branches", List.of("heads"));
        Retort fifth = Retort.configure().locations("filesystem:" + dir).load();
        assertThat(fifth.graph().heads()).containsExactly(merge.revision());
        assertThat(fifth.graph().node(merge.revision()).downRevisions())
                .containsExactlyInAnyOrder("b0b0b0b0b0b0", c.revision());
    }
}
