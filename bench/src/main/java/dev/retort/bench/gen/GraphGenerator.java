package dev.retort.bench.gen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a large revision graph: several independent lineages (each a base with a branch label), each a
 * main line that periodically forks a side branch which merges back later; some side branches carry
 * their own label and some revisions depend on the first lineage.
 */
public final class GraphGenerator {

    private static final String[] LINEAGES = {"core", "billing", "audit", "reports"};
    private static final int MAIN_BEFORE_FORK = 20;
    private static final int BRANCH_LENGTH = 8;
    private static final int MAIN_AFTER_FORK = 10;
    private static final int CYCLE = MAIN_BEFORE_FORK + BRANCH_LENGTH + MAIN_AFTER_FORK + 1;
    private static final int LABEL_EVERY_NTH_BRANCH = 10;
    private static final int DEPENDS_ON_EVERY = 250;

    private final Path dir;
    private int index;
    private int branchPoints;
    private int merges;
    private int labels;
    private int dependsOn;
    private final List<String> coreIds = new ArrayList<>();

    private GraphGenerator(Path dir) {
        this.dir = dir;
    }

    public static GraphWorkspace generate(Path root, int total) throws IOException {
        Path dir = Files.createDirectories(root.resolve("graph"));
        GraphGenerator g = new GraphGenerator(dir);
        int per = total / LINEAGES.length;
        for (int l = 0; l < LINEAGES.length; l++) {
            int size = l == LINEAGES.length - 1 ? total - per * (LINEAGES.length - 1) : per;
            g.lineage(l, size);
        }
        return new GraphWorkspace(dir, g.index, LINEAGES.length, g.branchPoints, g.merges, g.labels, g.dependsOn);
    }

    private void lineage(int l, int size) throws IOException {
        String label = LINEAGES[l];
        int end = index + size;
        String tip = write(List.of(), label, null, l);
        int branchNo = 0;
        while (end - index >= CYCLE) {
            tip = mainLine(tip, MAIN_BEFORE_FORK, l);
            branchPoints++;
            branchNo++;
            String branchLabel = branchNo % LABEL_EVERY_NTH_BRANCH == 0 ? label + "_feature_" + branchNo : null;
            String branchTip = tip;
            for (int i = 0; i < BRANCH_LENGTH; i++) {
                branchTip = write(List.of(branchTip), i == 0 ? branchLabel : null, null, l);
            }
            tip = mainLine(tip, MAIN_AFTER_FORK, l);
            tip = write(List.of(tip, branchTip), null, null, l);
            merges++;
        }
        mainLine(tip, end - index, l);
    }

    private String mainLine(String tip, int n, int lineage) throws IOException {
        String t = tip;
        for (int i = 0; i < n; i++) {
            String dependency = null;
            if (lineage > 0 && index % DEPENDS_ON_EVERY == 0 && !coreIds.isEmpty()) {
                dependency = coreIds.get(index % coreIds.size());
                dependsOn++;
            }
            t = write(List.of(t), null, dependency, lineage);
        }
        return t;
    }

    private String write(List<String> downs, String label, String dependency, int lineage) throws IOException {
        int n = ++index;
        String id = RevisionIds.of(7, n);
        boolean merge = downs.size() > 1;
        StringBuilder s = new StringBuilder();
        s.append("-- revision: ").append(id).append('\n');
        s.append("-- down_revision: ").append(String.join(", ", downs)).append('\n');
        if (label != null) {
            s.append("-- branch_labels: ").append(label).append('\n');
            labels++;
        }
        if (dependency != null) {
            s.append("-- depends_on: ").append(dependency).append('\n');
        }
        s.append("-- message: ").append(merge ? "merge" : "revision " + n).append('\n');
        s.append("-- create_date: 2026-11-25 10:00:00\n\n-- retort:upgrade\n");
        if (!merge) {
            s.append("CREATE TABLE g_").append(n).append(" (id INT PRIMARY KEY, v VARCHAR(20));\n");
        }
        s.append("\n-- retort:downgrade\n");
        if (!merge) {
            s.append("DROP TABLE g_").append(n).append(";\n");
        }
        RevisionGenerator.write(dir.resolve(id + "_g" + n + ".sql"), s.toString());
        if (lineage == 0) {
            coreIds.add(id);
        }
        return id;
    }
}
