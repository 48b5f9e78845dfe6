package dev.retort.script;

/** One statement of a section: its 1-based position in the section, its first line in the file, its text. */
public record SqlStatement(int index, int line, String sql) {
}
