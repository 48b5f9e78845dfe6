package dev.retort.sample.notes;

import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /notes}: list, read, create and archive notes. */
@RestController
@RequestMapping("/notes")
public class NoteController {

    private final NoteRepository notes;

    public NoteController(NoteRepository notes) {
        this.notes = notes;
    }

    @GetMapping
    public List<Note> list(@RequestParam(defaultValue = "false") boolean archived) {
        return notes.findAll(archived);
    }

    @GetMapping("/{id}")
    public ResponseEntity<Note> get(@PathVariable String id) {
        return ResponseEntity.of(notes.findById(id));
    }

    @PostMapping
    public ResponseEntity<Note> create(@RequestBody NewNote note) {
        if (note.title() == null || note.title().isBlank()) {
            return ResponseEntity.badRequest().build();
        }
        Note created = notes.create(note);
        return ResponseEntity.created(URI.create("/notes/" + created.id())).body(created);
    }

    @PostMapping("/{id}/archive")
    public ResponseEntity<Void> archive(@PathVariable String id) {
        return notes.archive(id) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }
}
