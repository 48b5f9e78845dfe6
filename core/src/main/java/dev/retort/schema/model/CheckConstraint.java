package dev.retort.schema.model;

/** A check constraint; {@code expression} is the condition as the database prints it, without {@code CHECK}. */
public record CheckConstraint(String name, String expression) {
}
