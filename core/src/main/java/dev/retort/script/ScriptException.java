package dev.retort.script;

import dev.retort.RetortException;

/** A revision script (or Java revision) cannot be loaded; names the file and, where it applies, the line. */
public class ScriptException extends RetortException {

    /** The file or class the problem is in. */
    private final String source;
    /** 1-based line, or 0 when the problem is not on one line. */
    private final int line;

    /**
     * @param source the file or class the problem is in
     * @param line 1-based line, or 0 when the problem is not on one line
     * @param problem what is wrong and how to fix it
     */
    public ScriptException(String source, int line, String problem) {
        super(source + (line > 0 ? ":" + line : "") + ": " + problem);
        this.source = source;
        this.line = line;
    }

    /** {@return the file or class the problem is in} */
    public String source() {
        return source;
    }

    /** {@return the 1-based line, or 0 when the problem is not on one line} */
    public int line() {
        return line;
    }
}
