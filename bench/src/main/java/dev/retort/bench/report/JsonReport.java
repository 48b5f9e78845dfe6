package dev.retort.bench.report;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Renders a run as JSON (no library: the structure is small and fixed). */
public final class JsonReport {

    private JsonReport() {
    }

    public static String render(BenchReport report) {
        StringBuilder j = new StringBuilder("{\n");
        j.append("  \"environment\": ").append(strings(report.environment())).append(",\n");
        j.append("  \"measurements\": [\n");
        List<Measurement> ms = report.measurements();
        for (int i = 0; i < ms.size(); i++) {
            Measurement m = ms.get(i);
            j.append("    {\"case\": ").append(m.caseNo())
                    .append(", \"database\": ").append(str(m.database()))
                    .append(", \"tool\": ").append(str(m.tool()))
                    .append(", \"medianMs\": ").append(num(m.median()))
                    .append(", \"minMs\": ").append(num(m.min()))
                    .append(", \"maxMs\": ").append(num(m.max()))
                    .append(", \"samplesMs\": [")
                    .append(m.samplesMs().stream().map(JsonReport::num).collect(Collectors.joining(", ")))
                    .append("]}").append(i < ms.size() - 1 ? "," : "").append('\n');
        }
        j.append("  ],\n  \"targets\": [\n");
        List<TargetResult> ts = report.targets();
        for (int i = 0; i < ts.size(); i++) {
            TargetResult t = ts.get(i);
            j.append("    {\"case\": ").append(t.caseNo())
                    .append(", \"database\": ").append(str(t.database()))
                    .append(", \"target\": ").append(str(t.target()))
                    .append(", \"value\": ").append(num(t.value()))
                    .append(", \"limit\": ").append(num(t.limit()))
                    .append(", \"unit\": ").append(str(t.unit()))
                    .append(", \"verdict\": ").append(str(t.verdict()))
                    .append('}').append(i < ts.size() - 1 ? "," : "").append('\n');
        }
        j.append("  ],\n  \"notes\": ").append(strings(report.notes())).append("\n}\n");
        return j.toString();
    }

    private static String strings(List<String> values) {
        return values.stream().map(JsonReport::str).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    static String str(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
