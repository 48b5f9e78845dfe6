package dev.retort.exec;

import static dev.retort.testing.ServerSql.reset;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.MigrationListener;
import dev.retort.Retort;
import dev.retort.TransactionMode;
import dev.retort.graph.MigrationPlan;
import dev.retort.graph.PlanStep;
import dev.retort.state.StateException;
import dev.retort.testing.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every beforeStep is followed by its afterStep on every path, failures after the statements included. */
class ListenerPairingTest {

    @RegisterExtension
    static TestDatabase h2 = TestDatabase.h2();

    @RegisterExtension
    static TestDatabase pg = TestDatabase.postgres();

    /** Records the calls as text, so a test reads the whole sequence. */
    static final class Recording implements MigrationListener {
        final List<String> calls = new ArrayList<>();

        @Override
        public void beforePlan(MigrationPlan plan) {
            calls.add("plan " + plan.steps().size());
        }

        @Override
        public void beforeStep(PlanStep step) {
            calls.add("before " + step.revision());
        }

        @Override
        public void afterStep(PlanStep step, Duration duration, Throwable failure) {
            calls.add("after " + step.revision() + (failure == null ? "" : " failed"));
        }
    }

    private static void upgradeFailsOnTheVersionRow(TestDatabase db, TransactionMode mode, Recording listener) {
        reset(db);
        Retort retort = Retort.configure().dataSource(db.dataSource()).locations("classpath:realdb/listener")
                .transactionMode(mode).listener(listener).load();
        assertThatThrownBy(() -> retort.upgrade("heads")).isInstanceOf(StateException.class)
                .hasMessageContaining("Another tool changed the version table");
    }

    @Test
    void aNonTransactionalStepThatFailsRecordingItsVersionRowStillEndsItsStep() {
        Recording listener = new Recording();
        upgradeFailsOnTheVersionRow(h2, TransactionMode.PER_REVISION, listener);
        assertThat(listener.calls).containsExactly("plan 2", "before 11110001", "after 11110001",
                "before 11110002", "after 11110002 failed");
    }

    @Test
    void transactionModeAllEndsTheStepThatFailedOnItsVersionRow() {
        Recording listener = new Recording();
        upgradeFailsOnTheVersionRow(pg, TransactionMode.ALL, listener);
        assertThat(listener.calls).containsExactly("plan 2", "before 11110001", "after 11110001",
                "before 11110002", "after 11110002 failed");
    }

    @Test
    void aTransactionalStepThatFailsOnItsVersionRowEndsItsStep() {
        Recording listener = new Recording();
        upgradeFailsOnTheVersionRow(pg, TransactionMode.PER_REVISION, listener);
        assertThat(listener.calls).containsExactly("plan 2", "before 11110001", "after 11110001",
                "before 11110002", "after 11110002 failed");
    }
}
