package dev.retort.sample.notes;

import java.time.Instant;
import java.util.List;

/** A note with its tags. */
public record Note(String id, String title, String body, boolean archived, Instant createdAt, List<String> tags) {
}
