package dev.retort.bench.report;

import java.util.List;

/**
 * Everything one run produced.
 *
 * @param environment free-form lines about the machine, JVM, tool versions and trial counts
 * @param notes skipped cases and other remarks
 */
public record BenchReport(List<String> environment, List<Measurement> measurements, List<TargetResult> targets,
        List<String> notes) {
}
