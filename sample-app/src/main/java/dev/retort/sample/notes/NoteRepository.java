package dev.retort.sample.notes;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Notes and their tags in the tables the revisions create. */
@Repository
public class NoteRepository {

    private final JdbcClient jdbc;

    public NoteRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Note> findAll(boolean includeArchived) {
        Map<String, Note> notes = new LinkedHashMap<>();
        jdbc.sql("SELECT id, title, body, archived, created_at FROM notes"
                        + (includeArchived ? "" : " WHERE archived = FALSE") + " ORDER BY created_at, id")
                .query((rs, n) -> new Note(rs.getString("id"), rs.getString("title"), rs.getString("body"),
                        rs.getBoolean("archived"), rs.getTimestamp("created_at").toInstant(), new ArrayList<>()))
                .list()
                .forEach(note -> notes.put(note.id(), note));
        jdbc.sql("SELECT note_id, tag FROM note_tags ORDER BY tag")
                .query((rs, n) -> Map.entry(rs.getString("note_id"), rs.getString("tag")))
                .list()
                .forEach(tag -> Optional.ofNullable(notes.get(tag.getKey())).ifPresent(n -> n.tags().add(tag.getValue())));
        return List.copyOf(notes.values());
    }

    public Optional<Note> findById(String id) {
        return findAll(true).stream().filter(n -> n.id().equals(id)).findFirst();
    }

    @Transactional
    public Note create(NewNote note) {
        String id = UUID.randomUUID().toString();
        jdbc.sql("INSERT INTO notes (id, title, body, created_at) VALUES (?, ?, ?, ?)")
                .params(id, note.title(), note.body(), Timestamp.from(Instant.now()))
                .update();
        List<String> tags = note.tags() == null ? List.of() : note.tags().stream().distinct().toList();
        for (String tag : tags) {
            jdbc.sql("INSERT INTO note_tags (note_id, tag) VALUES (?, ?)").params(id, tag).update();
        }
        return findById(id).orElseThrow();
    }

    public boolean archive(String id) {
        return jdbc.sql("UPDATE notes SET archived = TRUE WHERE id = ?").param(id).update() == 1;
    }
}
