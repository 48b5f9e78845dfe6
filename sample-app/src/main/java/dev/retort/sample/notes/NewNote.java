package dev.retort.sample.notes;

import java.util.List;

/** The body of {@code POST /notes}. */
public record NewNote(String title, String body, List<String> tags) {
}
