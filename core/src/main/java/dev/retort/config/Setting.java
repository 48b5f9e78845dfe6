package dev.retort.config;

/** A resolved value and the source that supplied it. */
public record Setting(String value, String source) {
}
