package dev.retort.testing;

import dev.retort.graph.RevisionGraph;
import dev.retort.script.RevisionScript;
import dev.retort.script.SqlFlavor;
import dev.retort.script.SqlRevisionParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds small revision graphs from one-line specs, for graph and planner tests. */
public final class Graphs {

    private Graphs() {
    }

    /**
     * Each spec is {@code "id <- down1,down2 [label] {dep1,dep2}"}; brackets and braces are optional.
     * The upgrade creates table {@code t_<id>}, the downgrade drops it.
     */
    public static List<RevisionScript> scripts(String... specs) {
        SqlRevisionParser parser = new SqlRevisionParser(SqlFlavor.STANDARD, Map.of());
        List<RevisionScript> out = new ArrayList<>();
        for (String spec : specs) {
            String s = spec;
            String labels = "";
            String deps = "";
            if (s.contains("{")) {
                deps = s.substring(s.indexOf('{') + 1, s.indexOf('}'));
                s = s.substring(0, s.indexOf('{')) + s.substring(s.indexOf('}') + 1);
            }
            if (s.contains("[")) {
                labels = s.substring(s.indexOf('[') + 1, s.indexOf(']'));
                s = s.substring(0, s.indexOf('[')) + s.substring(s.indexOf(']') + 1);
            }
            String[] parts = s.split("<-");
            String id = parts[0].strip();
            String down = parts.length > 1 ? parts[1].strip() : "";
            String text = "-- revision: " + id + "\n-- down_revision: " + down + "\n"
                    + (labels.isEmpty() ? "" : "-- branch_labels: " + labels + "\n")
                    + (deps.isEmpty() ? "" : "-- depends_on: " + deps + "\n")
                    + "-- message: rev " + id + "\n-- retort:upgrade\nCREATE TABLE t_" + id + " (id INT);\n"
                    + "-- retort:downgrade\nDROP TABLE t_" + id + ";\n";
            out.add(parser.parse("mem:" + id + ".sql", text));
        }
        return out;
    }

    public static RevisionGraph graph(String... specs) {
        return RevisionGraph.build(scripts(specs));
    }
}
