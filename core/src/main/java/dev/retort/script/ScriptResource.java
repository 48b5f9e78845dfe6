package dev.retort.script;

/** A revision file found in a location: a display name (location + relative path) and its text. */
public record ScriptResource(String name, String content) {
}
