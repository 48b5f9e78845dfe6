package dev.retort.cli.output;

import dev.retort.command.RevisionSummary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Draws the revision graph to the left of {@code history}, newest first, in the manner of
 * {@code git log --graph}: {@code *} is a revision, {@code |} a line of descent, {@code |\} a merge
 * point's second parent starting a lane, {@code |/} two branches meeting at their branch point,
 * {@code /} alone a lane moving left after the lane beside it ended (a root).
 */
public final class HistoryGraph {

    /**
     * The drawing for one revision.
     *
     * @param node prefix of the revision's (first) line
     * @param continuation prefix of further lines of the same revision ({@code -v})
     * @param after connector lines to print after the revision
     */
    public record Row(String node, String continuation, List<String> after) {
    }

    private HistoryGraph() {
    }

    /**
     * {@return one row per revision}
     *
     * @param newestFirst the revisions, children before their parents (as history lists them)
     */
    public static List<Row> draw(List<RevisionSummary> newestFirst) {
        Set<String> listed = new HashSet<>();
        newestFirst.forEach(r -> listed.add(r.revision()));
        List<String> lanes = new ArrayList<>();
        List<Row> rows = new ArrayList<>(newestFirst.size());
        for (RevisionSummary r : newestFirst) {
            int col = lanes.indexOf(r.revision());
            if (col < 0) {
                col = lanes.indexOf(null);
                if (col < 0) {
                    col = lanes.size();
                    lanes.add(null);
                }
                lanes.set(col, r.revision());
            }
            List<String> parents = r.downRevisions().stream().filter(listed::contains).toList();
            String node = prefix(lanes, col, '*');
            String continuation = prefix(lanes, col, parents.isEmpty() ? ' ' : '|');
            int before = lanes.size();
            lanes.set(col, parents.isEmpty() ? null : parents.get(0));
            char[] connector = new char[2 * Math.max(before, lanes.size() + parents.size())];
            Arrays.fill(connector, ' ');
            boolean drawn = false;
            for (String parent : parents.subList(Math.min(1, parents.size()), parents.size())) {
                if (lanes.contains(parent)) {
                    continue;
                }
                int lane = lanes.indexOf(null);
                if (lane < 0 || lane < col) {
                    lane = lanes.size();
                    lanes.add(null);
                }
                lanes.set(lane, parent);
                connector[2 * lane - 1] = '\\';
                drawn = true;
            }
            for (int j = 0; j < lanes.size(); j++) {
                String id = lanes.get(j);
                if (id != null && lanes.indexOf(id) < j) {
                    lanes.set(j, null);
                    connector[2 * j - 1] = '/';
                    drawn = true;
                }
            }
            for (int i = 0; i < lanes.size(); i++) {
                if (lanes.get(i) != null && connector[Math.max(0, 2 * i - 1)] != '\\') {
                    connector[2 * i] = '|';
                }
            }
            List<String> after = new ArrayList<>();
            if (drawn) {
                after.add(new String(connector).stripTrailing());
            }
            trimTrailing(lanes);
            int gap = lanes.indexOf(null);
            if (gap >= 0) {
                after.add(closeGap(lanes, gap));
            }
            rows.add(new Row(node, continuation, after));
        }
        return rows;
    }

    private static void trimTrailing(List<String> lanes) {
        while (!lanes.isEmpty() && lanes.get(lanes.size() - 1) == null) {
            lanes.remove(lanes.size() - 1);
        }
    }

    /** Moves the lanes right of an ended lane one column left, drawn as {@code /}. */
    private static String closeGap(List<String> lanes, int gap) {
        char[] line = new char[2 * lanes.size()];
        Arrays.fill(line, ' ');
        for (int i = 0; i < lanes.size(); i++) {
            if (lanes.get(i) != null) {
                if (i < gap) {
                    line[2 * i] = '|';
                } else {
                    line[2 * i - 1] = '/';
                }
            }
        }
        lanes.remove(gap);
        trimTrailing(lanes);
        return new String(line).stripTrailing();
    }

    private static String prefix(List<String> lanes, int col, char mark) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < lanes.size(); i++) {
            b.append(i == col ? mark : lanes.get(i) == null ? ' ' : '|').append(' ');
        }
        return b.toString();
    }
}
