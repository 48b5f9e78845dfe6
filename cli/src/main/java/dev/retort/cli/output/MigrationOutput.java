package dev.retort.cli.output;

import dev.retort.command.MigrationResult;
import dev.retort.exec.AppliedStep;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What upgrade, downgrade and stamp report as JSON when they finish ({@code --json}); the closing log line is
 * {@link dev.retort.command.AlembicFormat#summary}, shared with the Maven plugin.
 */
public final class MigrationOutput {

    private MigrationOutput() {
    }

    /**
     * {@return the result as JSON: the version rows before and after, each step run with its duration, the total,
     * and the SQL when it was only rendered ({@code --sql}, {@code --dry-run})}
     *
     * @param command {@code upgrade}, {@code downgrade} or {@code stamp}
     * @param result what the command did
     */
    public static Map<String, Object> json(String command, MigrationResult result) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("command", command);
        m.put("fromHeads", result.fromHeads());
        m.put("toHeads", result.toHeads());
        m.put("steps", result.steps().stream().map(MigrationOutput::step).toList());
        m.put("durationMs", result.durationMs());
        if (result.sql() != null) {
            m.put("sql", result.sql());
        }
        return m;
    }

    private static Map<String, Object> step(AppliedStep s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("operation", s.operation().sqlName());
        m.put("revision", s.revision());
        m.put("fromRevisions", s.fromRevisions());
        m.put("toRevisions", s.toRevisions());
        m.put("message", s.message());
        m.put("durationMs", s.durationMs());
        return m;
    }
}
