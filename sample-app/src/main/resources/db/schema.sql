-- The schema the revisions should add up to at head: the target of 'retort check' and
-- 'retort revision --autogenerate', and of the migration tests' modelMatchesDatabase.
CREATE TABLE notes (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    title VARCHAR(200) NOT NULL,
    body VARCHAR(4000),
    created_at TIMESTAMP NOT NULL,
    archived BOOLEAN DEFAULT FALSE NOT NULL
);

CREATE TABLE note_tags (
    note_id VARCHAR(36) NOT NULL,
    tag VARCHAR(50) NOT NULL,
    PRIMARY KEY (note_id, tag),
    CONSTRAINT fk_note_tags_note FOREIGN KEY (note_id) REFERENCES notes (id)
);
