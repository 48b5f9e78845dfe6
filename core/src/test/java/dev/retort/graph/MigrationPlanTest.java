package dev.retort.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.script.RevisionBody;
import dev.retort.script.RevisionScript;
import dev.retort.script.ScriptException;
import dev.retort.script.SqlFlavor;
import dev.retort.script.SqlSplitter;
import dev.retort.script.SqlStatement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Splitting a plan before it runs: every script is checked, and the small ones are not lexed again as they run. */
class MigrationPlanTest {

    private final AtomicInteger lexed = new AtomicInteger();

    private RevisionBody.Sql body(String sql) {
        return RevisionBody.Sql.streamed(() -> {
            lexed.incrementAndGet();
            return new SqlSplitter(SqlFlavor.STANDARD).iterator(sql, 1, "r.sql");
        }, UnaryOperator.identity(), () -> { });
    }

    private static PlanStep step(String id, RevisionBody.Sql body) {
        RevisionScript script = new RevisionScript(id, List.of(), List.of(), List.of(), "", null, true, body, null,
                "1:x", id + ".sql");
        return new PlanStep(PlanStep.Operation.UPGRADE, script, List.of(), List.of(id),
                List.of(new VersionChange.Insert(id)), List.of(id));
    }

    private static List<String> run(RevisionBody.Sql body) {
        List<String> out = new ArrayList<>();
        for (Iterator<SqlStatement> it = body.iterator(); it.hasNext(); ) {
            out.add(it.next().sql());
        }
        return out;
    }

    @Test
    void aSmallScriptIsLexedOnceForTheCheckAndTheRun() {
        RevisionBody.Sql a = body("CREATE TABLE a (id INT);\nINSERT INTO a VALUES (1);\n");
        MigrationPlan plan = new MigrationPlan(List.of(), List.of("a"), List.of(step("a", a)));

        plan.splitStatements();
        assertThat(lexed).hasValue(1);
        assertThat(run(a)).containsExactly("CREATE TABLE a (id INT)", "INSERT INTO a VALUES (1)");
        assertThat(a.count()).isEqualTo(2);
        assertThat(lexed).as("the run used what the check split").hasValue(1);

        assertThat(run(a)).as("kept for one run only").hasSize(2);
        assertThat(lexed).hasValue(2);
    }

    @Test
    void scriptsBeyondTheBudgetAreCheckedAndLexedAgainAsTheyRun() {
        String big = "INSERT INTO b VALUES ('" + "x".repeat(MigrationPlan.KEEP_CHARS) + "');\n";
        RevisionBody.Sql b = body(big);
        RevisionBody.Sql c = body("SELECT 1;");
        MigrationPlan plan = new MigrationPlan(List.of(), List.of("c"), List.of(step("b", b), step("c", c)));

        plan.splitStatements();
        assertThat(lexed).hasValue(2);
        assertThat(run(b)).hasSize(1);
        assertThat(lexed).as("too large to keep").hasValue(3);
        assertThat(run(c)).containsExactly("SELECT 1");
        assertThat(lexed).hasValue(3);
    }

    @Test
    void aMalformedScriptStillFailsWhenThePlanIsSplit() {
        MigrationPlan plan = new MigrationPlan(List.of(), List.of("b"), List.of(step("a", body("SELECT 1;")),
                step("b", body("SELECT 'open;\n"))));
        assertThatThrownBy(plan::splitStatements).isInstanceOf(ScriptException.class)
                .hasMessageContaining("unterminated string");
    }
}
