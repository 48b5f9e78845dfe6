package dev.retort.cli.output;

import dev.retort.command.MigrationResult;
import dev.retort.exec.AppliedStep;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What upgrade, downgrade and stamp report when they finish: a closing log line, or the result as JSON. */
public final class MigrationOutput {

    private MigrationOutput() {
    }

    /** The closing line (for stderr): {@code Upgraded a -> b (2 step(s) in 41 ms)}, or that nothing was to do. */
    public static String summary(String verb, MigrationResult result) {
        if (result.steps().isEmpty()) {
            return "Nothing to " + verb + ": database at " + heads(result.toHeads());
        }
        return Character.toUpperCase(verb.charAt(0)) + verb.substring(1) + "d " + heads(result.fromHeads()) + " -> "
                + heads(result.toHeads()) + " (" + result.steps().size() + " step(s) in " + result.durationMs()
                + " ms)";
    }

    /** {@code Stamped a -> b}. */
    public static String stamped(MigrationResult result) {
        return "Stamped " + heads(result.fromHeads()) + " -> " + heads(result.toHeads());
    }

    /**
     * The result as JSON: the version rows before and after, each step run with its duration, the total, and the
     * SQL when it was only rendered ({@code --sql}, {@code --dry-run}).
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

    private static String heads(List<String> heads) {
        return heads.isEmpty() ? "base" : String.join(", ", heads);
    }
}
