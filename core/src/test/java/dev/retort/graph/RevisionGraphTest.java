package dev.retort.graph;

import static dev.retort.testing.Graphs.graph;
import static dev.retort.testing.Graphs.scripts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RevisionGraphTest {

    /** a -> b1 -> b2 (billing), a -> c1 -> c2 (shipping): two heads. */
    private final RevisionGraph twoHeads = graph("aaaa0001", "bbbb0001 <- aaaa0001 [billing]", "bbbb0002 <- bbbb0001",
            "cccc0001 <- aaaa0001 [shipping]", "cccc0002 <- cccc0001");

    private List<String> ids(String identifier) {
        return twoHeads.resolve(identifier).stream().map(RevisionNode::id).toList();
    }

    @Test
    void findsHeadsBasesBranchAndMergePoints() {
        RevisionGraph g = graph("a1", "b1 <- a1", "c1 <- a1", "m1 <- b1,c1");
        assertThat(g.heads()).containsExactly("m1");
        assertThat(g.bases()).containsExactly("a1");
        assertThat(g.node("a1").isBranchPoint()).isTrue();
        assertThat(g.node("m1").isMergePoint()).isTrue();
        assertThat(g.branchPoints()).extracting(RevisionNode::id).containsExactly("a1");
    }

    @Test
    void branchLabelsCoverTheBranchAndItsDescendants() {
        assertThat(twoHeads.node("bbbb0002").branchLabels()).containsExactly("billing");
        assertThat(twoHeads.node("cccc0002").branchLabels()).containsExactly("shipping");
        assertThat(twoHeads.node("aaaa0001").branchLabels()).isEmpty(); // a branch point is shared
    }

    @Test
    void resolvesFullIdsAndUnambiguousPrefixes() {
        assertThat(ids("bbbb0002")).containsExactly("bbbb0002");
        assertThat(ids("aaaa")).containsExactly("aaaa0001");
        assertThat(ids("cccc0002")).containsExactly("cccc0002");
    }

    @Test
    void ambiguousPrefixListsTheCandidates() {
        assertThatThrownBy(() -> twoHeads.resolve("bbbb"))
                .isInstanceOf(RevisionResolutionException.class)
                .hasMessageContaining("Ambiguous revision prefix 'bbbb'")
                .hasMessageContaining("bbbb0001")
                .hasMessageContaining("bbbb0002")
                .satisfies(e -> assertThat(((RevisionResolutionException) e).candidates())
                        .containsExactly("bbbb0001", "bbbb0002"));
    }

    @Test
    void unknownRevisionSaysHowToListThem() {
        assertThatThrownBy(() -> twoHeads.resolve("zzzz"))
                .isInstanceOf(RevisionResolutionException.class)
                .hasMessageContaining("No such revision or branch 'zzzz'")
                .hasMessageContaining("history");
    }

    @Test
    void headWithSeveralHeadsExplainsTheAlternatives() {
        assertThatThrownBy(() -> twoHeads.resolve("head"))
                .isInstanceOf(RevisionResolutionException.class)
                .hasMessageContaining("2 heads")
                .hasMessageContaining("bbbb0002")
                .hasMessageContaining("cccc0002")
                .hasMessageContaining("'heads'")
                .hasMessageContaining("@head");
    }

    @Test
    void headsBaseAndLabelForms() {
        assertThat(ids("heads")).containsExactly("bbbb0002", "cccc0002");
        assertThat(ids("base")).isEmpty();
        assertThat(ids("billing@head")).containsExactly("bbbb0002");
        assertThat(ids("shipping@heads")).containsExactly("cccc0002");
        assertThat(ids("billing")).containsExactly("bbbb0001");
        assertThat(ids("billing@bbbb0002")).containsExactly("bbbb0002");
        assertThat(ids("shipping@cccc0002")).containsExactly("cccc0002");
        assertThatThrownBy(() -> twoHeads.resolve("billing@bbbb")).hasMessageContaining("Ambiguous revision prefix");
    }

    @Test
    void headOnASingleHeadGraph() {
        RevisionGraph g = graph("a1", "b1 <- a1");
        assertThat(g.resolve("head")).extracting(RevisionNode::id).containsExactly("b1");
    }

    @Test
    void revisionOutsideTheNamedBranchIsRejected() {
        assertThatThrownBy(() -> twoHeads.resolve("shipping@bbbb0002"))
                .isInstanceOf(RevisionResolutionException.class)
                .hasMessageContaining("not a member of branch 'shipping'");
    }

    @Test
    void unknownBranchLabel() {
        assertThatThrownBy(() -> twoHeads.resolve("nosuch@head"))
                .isInstanceOf(RevisionResolutionException.class)
                .hasMessageContaining("No such branch: 'nosuch'");
    }

    @Test
    void relativeFromARevision() {
        assertThat(ids("bbbb0002-1")).containsExactly("bbbb0001");
        assertThat(ids("bbbb0002-2")).containsExactly("aaaa0001");
        assertThat(ids("bbbb0002-3")).isEmpty(); // base
        assertThat(ids("cccc0001+1")).containsExactly("cccc0002");
        assertThat(ids("billing@aaaa0001+1")).containsExactly("bbbb0001");
    }

    @Test
    void relativeWalkAcrossABranchPointIsAmbiguous() {
        assertThatThrownBy(() -> twoHeads.resolve("aaaa0001+1"))
                .isInstanceOf(RevisionResolutionException.class)
                .hasMessageContaining("Ambiguous walk")
                .hasMessageContaining("bbbb0001")
                .hasMessageContaining("cccc0001");
    }

    @Test
    void relativeWalkPastTheEndIsAnError() {
        assertThatThrownBy(() -> twoHeads.resolve("cccc0002+1"))
                .isInstanceOf(RevisionResolutionException.class)
                .hasMessageContaining("walks past");
    }

    @Test
    void dependsOnMayNameABranchLabel() {
        RevisionGraph g = graph("a1", "b1 <- a1 [lib]", "x1 {lib}");
        assertThat(g.node("x1").dependencies()).containsExactly("b1");
        assertThat(g.realHeads()).containsExactly("x1");
        assertThat(g.heads()).containsExactly("b1", "x1");
    }

    // ------------------------------------------------------------- load-time errors

    @Test
    void duplicateIdNamesBothFiles() {
        assertThatThrownBy(() -> graph("a1", "a1"))
                .isInstanceOf(RevisionGraphException.class)
                .hasMessageContaining("duplicate revision id 'a1'")
                .hasMessageContaining("mem:a1.sql");
    }

    @Test
    void unknownDownRevisionNamesTheFile() {
        assertThatThrownBy(() -> graph("a1", "b1 <- zz9"))
                .isInstanceOf(RevisionGraphException.class)
                .hasMessageContaining("mem:b1.sql")
                .hasMessageContaining("down_revision 'zz9'");
    }

    @Test
    void unknownDependsOnNamesTheFile() {
        assertThatThrownBy(() -> graph("a1", "b1 <- a1 {nope}"))
                .isInstanceOf(RevisionGraphException.class)
                .hasMessageContaining("mem:b1.sql")
                .hasMessageContaining("depends_on 'nope'");
    }

    @Test
    void cycleNamesTheRevisionsOnIt() {
        assertThatThrownBy(() -> graph("a1", "b1 <- a1,c1", "c1 <- b1"))
                .isInstanceOf(RevisionGraphException.class)
                .hasMessageContaining("cycle")
                .hasMessageContaining("b1 (mem:b1.sql)")
                .hasMessageContaining("c1 (mem:c1.sql)");
    }

    @Test
    void selfReferenceIsACycle() {
        assertThatThrownBy(() -> graph("a1 <- a1"))
                .isInstanceOf(RevisionGraphException.class)
                .hasMessageContaining("mem:a1.sql")
                .hasMessageContaining("itself");
    }

    @Test
    void twoRevisionsClaimingOneLabel() {
        assertThatThrownBy(() -> graph("a1 [x]", "b1 <- a1 [x]"))
                .isInstanceOf(RevisionGraphException.class)
                .hasMessageContaining("mem:b1.sql")
                .hasMessageContaining("branch label 'x'")
                .hasMessageContaining("a1");
    }

    @Test
    void reservedWordAsIdIsRejected() {
        assertThatThrownBy(() -> RevisionGraph.build(scripts("heads")))
                .isInstanceOf(RevisionGraphException.class)
                .hasMessageContaining("reserved");
    }

    @Test
    void largeGraphBuildsWithoutRecursion() {
        String[] specs = new String[10_000];
        specs[0] = "r0";
        for (int i = 1; i < specs.length; i++) {
            specs[i] = "r" + i + " <- r" + (i - 1);
        }
        RevisionGraph g = graph(specs);
        assertThat(g.heads()).containsExactly("r9999");
        assertThat(new Planner(g).upgrade("heads", List.of()).steps()).hasSize(10_000);
    }
}
