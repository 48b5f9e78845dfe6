-- revision: 3f1a9c2b7d01
-- down_revision:
-- message: create notes
-- create_date: 2026-11-25 12:00:00

-- retort:upgrade
CREATE TABLE notes (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    title VARCHAR(200) NOT NULL,
    body VARCHAR(4000),
    created_at TIMESTAMP NOT NULL
);

-- retort:downgrade
DROP TABLE notes;
