package dev.retort.bench.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The measured samples of one tool in one case on one database, in milliseconds. */
public record Measurement(int caseNo, String database, String tool, List<Double> samplesMs) {

    public Measurement {
        samplesMs = List.copyOf(samplesMs);
    }

    public double median() {
        List<Double> sorted = sorted();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    public double min() {
        return sorted().get(0);
    }

    public double max() {
        return sorted().get(sorted().size() - 1);
    }

    private List<Double> sorted() {
        List<Double> s = new ArrayList<>(samplesMs);
        Collections.sort(s);
        return s;
    }
}
