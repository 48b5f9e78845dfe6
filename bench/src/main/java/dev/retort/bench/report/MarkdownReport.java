package dev.retort.bench.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Renders a run as Markdown: environment, one row per measurement with ratios, then the targets. */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    public static String caseTitle(int caseNo) {
        return switch (caseNo) {
            case 1 -> "1 apply all from empty";
            case 2 -> "2 all applied, nothing to do";
            case 3 -> "3 load + resolve graph";
            case 4 -> "4 reflect + diff schema (autogenerate)";
            case 5 -> "5 app startup (JVM start to ready)";
            default -> String.valueOf(caseNo);
        };
    }

    public static String render(BenchReport report) {
        StringBuilder md = new StringBuilder("# Retort benchmark results\n\n");
        for (String line : report.environment()) {
            md.append("- ").append(line).append('\n');
        }
        md.append("\n| case | database | tool | median ms | min–max ms | × raw JDBC | Retort ÷ tool |\n");
        md.append("|---|---|---|---:|---:|---:|---:|\n");
        for (Measurement m : report.measurements()) {
            md.append("| ").append(caseTitle(m.caseNo()))
                    .append(" | ").append(m.database())
                    .append(" | ").append(m.tool())
                    .append(" | ").append(ms(m.median()))
                    .append(" | ").append(ms(m.min())).append("–").append(ms(m.max()))
                    .append(" | ").append(relative(report.measurements(), m, Targets.RAW, false))
                    .append(" | ").append(relative(report.measurements(), m, Targets.retortRow(m.caseNo()), true))
                    .append(" |\n");
        }
        if (!report.targets().isEmpty()) {
            md.append("\n| case | database | target | measured | verdict |\n|---|---|---|---:|---|\n");
            for (TargetResult t : report.targets()) {
                md.append("| ").append(t.caseNo()).append(" | ").append(t.database()).append(" | ").append(t.target())
                        .append(" | ").append(t.unit().equals("ms") ? ms(t.value()) + " ms" : String.format(Locale.ROOT, "%.3f×", t.value()))
                        .append(" | **").append(t.verdict()).append("** |\n");
            }
        }
        if (!report.notes().isEmpty()) {
            md.append('\n');
            for (String note : report.notes()) {
                md.append("> ").append(note).append("\n>\n");
            }
        }
        return md.toString();
    }

    /** {@code m} relative to {@code base}: base in the denominator, or in the numerator when {@code inverse}. */
    private static String relative(List<Measurement> all, Measurement m, String base, boolean inverse) {
        if (m.caseNo() == 3 || m.caseNo() == 5) {
            return "–";
        }
        if (inverse && !m.tool().equals(base) && m.tool().startsWith(Targets.RETORT)) {
            return "–"; // case 4's other Retort rows: one Retort row over another is no comparison with a peer
        }
        Optional<Measurement> b = Targets.find(all, m.caseNo(), m.database(), base);
        if (b.isEmpty()) {
            return "–";
        }
        return ratio(inverse ? b.get().median() / m.median() : m.median() / b.get().median());
    }

    static String ms(double v) {
        double a = Math.abs(v);
        return String.format(Locale.ROOT, a < 10 ? "%.2f" : a < 100 ? "%.1f" : "%.0f", v);
    }

    static String ratio(double v) {
        return String.format(Locale.ROOT, "%.2f×", v);
    }
}
