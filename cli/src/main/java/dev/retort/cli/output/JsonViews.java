package dev.retort.cli.output;

import dev.retort.command.RevisionSummary;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON shape of the values the read commands print. */
public final class JsonViews {

    private JsonViews() {
    }

    /**
     * {@return a revision as a JSON object}
     *
     * @param r the revision
     * @param current whether it is current; {@code null} (unknown) leaves the field out
     */
    public static Map<String, Object> revision(RevisionSummary r, Boolean current) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("revision", r.revision());
        m.put("downRevisions", r.downRevisions());
        m.put("branchLabels", r.branchLabels());
        m.put("dependsOn", r.dependsOn());
        m.put("message", r.message());
        m.put("createDate", r.createDate());
        m.put("source", r.source());
        m.put("head", r.head());
        m.put("effectiveHead", r.effectiveHead());
        m.put("branchPoint", r.branchPoint());
        m.put("mergePoint", r.mergePoint());
        m.put("reversible", r.reversible());
        if (current != null) {
            m.put("current", current);
        }
        return m;
    }
}
