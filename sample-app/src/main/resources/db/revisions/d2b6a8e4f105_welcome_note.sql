-- revision: d2b6a8e4f105
-- down_revision: a9e3f5b1c704
-- message: welcome note
-- create_date: 2026-11-25 12:04:00

-- retort:upgrade
INSERT INTO notes (id, title, body, created_at, archived)
VALUES ('00000000-0000-0000-0000-000000000001', '${welcome_title}',
        'This note was inserted by revision d2b6a8e4f105; see /actuator/migrations', CURRENT_TIMESTAMP, FALSE);
INSERT INTO note_tags (note_id, tag) VALUES ('00000000-0000-0000-0000-000000000001', 'welcome');

-- retort:downgrade
DELETE FROM note_tags WHERE note_id = '00000000-0000-0000-0000-000000000001';
DELETE FROM notes WHERE id = '00000000-0000-0000-0000-000000000001';
