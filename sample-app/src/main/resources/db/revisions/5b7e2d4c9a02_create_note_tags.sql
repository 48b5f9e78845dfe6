-- revision: 5b7e2d4c9a02
-- down_revision: 3f1a9c2b7d01
-- branch_labels: tags
-- message: tags for notes
-- create_date: 2026-11-25 12:01:00

-- retort:upgrade
CREATE TABLE note_tags (
    note_id VARCHAR(36) NOT NULL,
    tag VARCHAR(50) NOT NULL,
    PRIMARY KEY (note_id, tag),
    CONSTRAINT fk_note_tags_note FOREIGN KEY (note_id) REFERENCES notes (id)
);

-- retort:downgrade
DROP TABLE note_tags;
