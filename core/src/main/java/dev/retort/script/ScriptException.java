package dev.retort.script;

import dev.retort.RetortException;

/** A revision script (or Java revision) cannot be loaded; names the file and, where it applies, the line. */
public class ScriptException extends RetortException {

    private final String source;
    private final int line;

    public ScriptException(String source, int line, String problem) {
        super(source + (line > 0 ? ":" + line : "") + ": " + problem);
        this.source = source;
        this.line = line;
    }

    /** The file or class the problem is in. */
    public String source() {
        return source;
    }

    /** 1-based line, or 0 when the problem is not on one line. */
    public int line() {
        return line;
    }
}
