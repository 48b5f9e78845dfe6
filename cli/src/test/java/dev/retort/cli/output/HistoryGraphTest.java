package dev.retort.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.command.RevisionSummary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lanes drawn left of history lines. */
class HistoryGraphTest {

    private static RevisionSummary rev(String id, String... down) {
        return new RevisionSummary(id, Arrays.asList(down), List.of(), List.of(), "", null, null, null, false, false,
                false, false, true);
    }

    private static List<String> drawn(RevisionSummary... newestFirst) {
        List<String> out = new ArrayList<>();
        List<HistoryGraph.Row> rows = HistoryGraph.draw(List.of(newestFirst));
        for (int i = 0; i < newestFirst.length; i++) {
            out.add(rows.get(i).node() + newestFirst[i].revision());
            out.addAll(rows.get(i).after());
        }
        return out;
    }

    @Test
    void linearHistoryIsOneLane() {
        assertThat(drawn(rev("c", "b"), rev("b", "a"), rev("a"))).containsExactly("* c", "* b", "* a");
    }

    @Test
    void mergeOpensALaneAndTheBranchPointClosesIt() {
        assertThat(drawn(rev("m", "b", "c"), rev("b", "a"), rev("c", "a"), rev("a"))).containsExactly(
                "* m", "|\\", "* | b", "| * c", "|/", "* a");
    }

    @Test
    void twoHeadsFromOneBranchPointMeetThere() {
        assertThat(drawn(rev("h1", "a"), rev("h2", "a"), rev("a"))).containsExactly("* h1", "| * h2", "|/", "* a");
    }

    @Test
    void laneRightOfAnEndedRootMovesLeft() {
        assertThat(drawn(rev("m", "r", "b"), rev("r"), rev("b", "a"), rev("a"))).containsExactly(
                "* m", "|\\", "* | r", " /", "* b", "* a");
    }

    @Test
    void parentsOutsideTheListedRangeEndTheirLane() {
        assertThat(drawn(rev("m", "b", "c"), rev("b", "a"))).containsExactly("* m", "* b");
    }
}
