package dev.retort.bench.cases;

import dev.retort.bench.report.Measurement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects samples per tool, keeping the tools' order, and turns them into measurements. */
final class Samples {

    private final Map<String, List<Double>> byTool = new LinkedHashMap<>();

    void declare(String tool) {
        byTool.computeIfAbsent(tool, t -> new ArrayList<>());
    }

    void add(String tool, double ms) {
        byTool.computeIfAbsent(tool, t -> new ArrayList<>()).add(ms);
    }

    List<Measurement> toMeasurements(int caseNo, String database) {
        List<Measurement> out = new ArrayList<>();
        byTool.forEach((tool, samples) -> {
            if (!samples.isEmpty()) {
                out.add(new Measurement(caseNo, database, tool, samples));
            }
        });
        return out;
    }
}
