package dev.retort.graph;

import static dev.retort.testing.Graphs.graph;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Step order and version rows for branched and merged graphs, as Alembic computes them
 * (RevisionMap._topological_sort and HeadMaintainer.update_to_step).
 */
class PlannerTest {

    /** a -> b1 -> b2 (billing); a -> c1 (shipping); merge m <- b2, c1; e <- m. */
    private final RevisionGraph merged = graph("a", "b1 <- a [billing]", "b2 <- b1", "c1 <- a [shipping]",
            "m <- b2,c1", "e <- m");
    private final Planner planner = new Planner(merged);

    /** a -> b1 -> b2 (billing); a -> c1 -> c2 (shipping). */
    private final Planner twoHeads = new Planner(graph("a", "b1 <- a [billing]", "b2 <- b1", "c1 <- a [shipping]",
            "c2 <- c1"));

    private static List<String> order(MigrationPlan plan) {
        return plan.steps().stream().map(PlanStep::revision).toList();
    }

    private static String changes(MigrationPlan plan) {
        return plan.steps().stream().map(s -> s.versionChanges().stream().map(PlannerTest::change)
                .collect(Collectors.joining(" "))).collect(Collectors.joining(" | "));
    }

    private static String change(VersionChange c) {
        if (c instanceof VersionChange.Insert i) {
            return "+" + i.revision();
        }
        if (c instanceof VersionChange.Delete d) {
            return "-" + d.revision();
        }
        VersionChange.Update u = (VersionChange.Update) c;
        return u.from() + ">" + u.to();
    }

    @Test
    void anEmptyOrBlankTargetIsAnErrorNeverBase() {
        for (String empty : new String[] {"", " ", "\t"}) {
            assertThatThrownBy(() -> planner.downgrade(empty, List.of("e"))).isInstanceOf(
                    RevisionResolutionException.class).hasMessageContaining("identifier is empty");
            assertThatThrownBy(() -> planner.upgrade(empty, List.of())).isInstanceOf(RevisionResolutionException.class);
            assertThatThrownBy(() -> planner.stamp(List.of(empty), List.of(), false))
                    .isInstanceOf(RevisionResolutionException.class);
            assertThatThrownBy(() -> merged.resolve(empty)).isInstanceOf(RevisionResolutionException.class);
        }
    }

    @Test
    void aStepCountBeyondIntIsAResolutionError() {
        assertThatThrownBy(() -> planner.upgrade("+99999999999999999999", List.of()))
                .isInstanceOf(RevisionResolutionException.class).hasMessageContaining("too many steps");
        assertThatThrownBy(() -> planner.downgrade("-99999999999999999999", List.of("e")))
                .isInstanceOf(RevisionResolutionException.class).hasMessageContaining("too many steps");
        assertThatThrownBy(() -> merged.resolve("a+99999999999999999999"))
                .isInstanceOf(RevisionResolutionException.class).hasMessageContaining("too many steps");
    }

    @Test
    void upgradeFromBaseFollowsOneBranchAtATimeThenMerges() {
        MigrationPlan plan = planner.upgrade("heads", List.of());
        assertThat(order(plan)).containsExactly("a", "c1", "b1", "b2", "m", "e");
        assertThat(changes(plan)).isEqualTo("+a | a>c1 | +b1 | b1>b2 | -b2 c1>m | m>e");
        assertThat(plan.toHeads()).containsExactly("e");
    }

    @Test
    void headsAfterEachStepTrackTheVersionTable() {
        MigrationPlan plan = planner.upgrade("heads", List.of());
        assertThat(plan.steps()).extracting(PlanStep::headsAfter).containsExactly(
                List.of("a"), List.of("c1"), List.of("c1", "b1"), List.of("c1", "b2"), List.of("m"), List.of("e"));
    }

    @Test
    void upgradeOneBranchByLabelThenTheOther() {
        MigrationPlan billing = twoHeads.upgrade("billing@head", List.of());
        assertThat(order(billing)).containsExactly("a", "b1", "b2");
        assertThat(billing.toHeads()).containsExactly("b2");
        MigrationPlan shipping = twoHeads.upgrade("shipping@+1", billing.toHeads());
        assertThat(order(shipping)).containsExactly("c1");
        assertThat(changes(shipping)).isEqualTo("+c1");
        assertThat(shipping.toHeads()).containsExactlyInAnyOrder("b2", "c1");
    }

    @Test
    void relativeUpgradeFromTheCurrentRevision() {
        assertThat(order(planner.upgrade("+1", List.of()))).containsExactly("a");
        assertThat(order(planner.upgrade("billing@+2", List.of()))).containsExactly("a", "b1");
    }

    @Test
    void relativeUpgradeAcrossABranchPointNeedsALabel() {
        assertThatThrownBy(() -> planner.upgrade("+1", List.of("a")))
                .isInstanceOf(RevisionResolutionException.class)
                .hasMessageContaining("Ambiguous walk");
        assertThat(order(planner.upgrade("shipping@+1", List.of("a")))).containsExactly("c1");
    }

    @Test
    void upgradeToAnAncestorOfTheCurrentRevisionDoesNothing() {
        assertThat(planner.upgrade("b1", List.of("e")).steps()).isEmpty();
    }

    @Test
    void downgradeThroughAMergeRestoresBothBranchRows() {
        MigrationPlan plan = planner.downgrade("b2", List.of("e"));
        assertThat(order(plan)).containsExactly("e", "m");
        assertThat(changes(plan)).isEqualTo("e>m | +b2 m>c1");
        assertThat(plan.toHeads()).containsExactlyInAnyOrder("b2", "c1");
    }

    @Test
    void downgradeToBaseFromAMergedHead() {
        MigrationPlan plan = planner.downgrade("base", List.of("e"));
        assertThat(order(plan)).containsExactly("e", "m", "b2", "b1", "c1", "a");
        assertThat(changes(plan)).isEqualTo("e>m | +b2 m>c1 | b2>b1 | -b1 | c1>a | -a");
        assertThat(plan.toHeads()).isEmpty();
    }

    @Test
    void downgradeMinusOneFromOneHead() {
        MigrationPlan plan = planner.downgrade("-1", List.of("e"));
        assertThat(order(plan)).containsExactly("e");
        assertThat(plan.toHeads()).containsExactly("m");
    }

    @Test
    void downgradeMinusOneFromAMergePointIsAnAmbiguousWalk() {
        assertThatThrownBy(() -> planner.downgrade("-1", List.of("m")))
                .isInstanceOf(RevisionResolutionException.class)
                .hasMessageContaining("Ambiguous walk");
    }

    @Test
    void downgradeMinusOneFromSeveralHeadsIsRefusedWithTheHeadsNamed() {
        assertThatThrownBy(() -> twoHeads.downgrade("-1", List.of("b2", "c2")))
                .isInstanceOf(RevisionResolutionException.class)
                .hasMessageContaining("several heads")
                .hasMessageContaining("b2")
                .hasMessageContaining("c2")
                .hasMessageContaining("@-1");
    }

    @Test
    void downgradeOneBranchByLabel() {
        MigrationPlan plan = twoHeads.downgrade("shipping@-1", List.of("b2", "c2"));
        assertThat(order(plan)).containsExactly("c2");
        assertThat(plan.toHeads()).containsExactlyInAnyOrder("b2", "c1");
        MigrationPlan again = twoHeads.downgrade("shipping@-1", plan.toHeads());
        assertThat(order(again)).containsExactly("c1");
        assertThat(changes(again)).isEqualTo("-c1");
        assertThat(again.toHeads()).containsExactly("b2");
    }

    @Test
    void downgradeToABranchBaseKeepsTheOtherBranch() {
        MigrationPlan plan = twoHeads.downgrade("shipping@base", List.of("b2", "c2"));
        assertThat(order(plan)).containsExactly("b2", "b1", "c2", "c1", "a");
    }

    @Test
    void downgradeToARevisionThatIsNotAppliedIsRefused() {
        assertThatThrownBy(() -> twoHeads.downgrade("c2", List.of("b2")))
                .isInstanceOf(RevisionResolutionException.class)
                .hasMessageContaining("not a valid downgrade target");
    }

    @Test
    void irreversibleRevisionRefusesTheWholeDowngradePlan() {
        var scripts = new java.util.ArrayList<>(dev.retort.testing.Graphs.scripts("a", "b <- a"));
        var b = scripts.get(1);
        scripts.set(1, new dev.retort.script.RevisionScript(b.id(), b.downRevisions(), b.branchLabels(), b.dependsOn(),
                b.message(), b.createDate(), true, b.upgrade(), null, b.checksum(), b.source()));
        Planner p = new Planner(RevisionGraph.build(scripts));
        assertThatThrownBy(() -> p.downgrade("base", List.of("b")))
                .isInstanceOf(IrreversibleRevisionException.class)
                .hasMessageContaining("mem:b.sql")
                .hasMessageContaining("irreversible");
    }

    @Test
    void stampHeadsFromEmptyInsertsEachHead() {
        MigrationPlan plan = twoHeads.stamp(List.of("heads"), List.of(), false);
        assertThat(changes(plan)).isEqualTo("+b2 | +c2");
    }

    @Test
    void stampDownwardsMovesOnlyTheBranchOfTheTarget() {
        MigrationPlan plan = twoHeads.stamp(List.of("b1"), List.of("b2", "c2"), false);
        assertThat(changes(plan)).isEqualTo("b2>b1");
        assertThat(plan.toHeads()).containsExactlyInAnyOrder("b1", "c2");
    }

    @Test
    void stampSeveralTargetsKeepsEveryBranch() {
        MigrationPlan plan = twoHeads.stamp(List.of("b1", "c1"), List.of("b2", "c2"), false);
        assertThat(plan.toHeads()).containsExactlyInAnyOrder("b1", "c1");
    }

    @Test
    void stampBaseDeletesEveryRow() {
        assertThat(twoHeads.stamp(List.of("base"), List.of("b2", "c2"), false).toHeads()).isEmpty();
    }

    @Test
    void stampWithPurgeIgnoresUnknownRows() {
        MigrationPlan plan = twoHeads.stamp(List.of("c1"), List.of("gone"), true);
        assertThat(changes(plan)).isEqualTo("+c1");
    }

    @Test
    void unknownVersionRowNamesTheFix() {
        assertThatThrownBy(() -> twoHeads.upgrade("heads", List.of("gone")))
                .isInstanceOf(UnknownVersionException.class)
                .hasMessageContaining("'gone'")
                .hasMessageContaining("stamp --purge");
    }

    @Test
    void historyRangeIsNewestFirstAndInclusive() {
        assertThat(planner.range("base", "heads")).extracting(RevisionNode::id)
                .containsExactly("e", "m", "b2", "b1", "c1", "a");
        assertThat(planner.range("b1", "m")).extracting(RevisionNode::id).containsExactly("m", "b2", "b1");
    }

    @Test
    void dependsOnRevisionsAreUpgradedFirst() {
        Planner p = new Planner(graph("a", "b <- a", "x", "y <- x {b}"));
        assertThat(order(p.upgrade("y", List.of()))).containsExactly("a", "b", "x", "y");
    }
}
