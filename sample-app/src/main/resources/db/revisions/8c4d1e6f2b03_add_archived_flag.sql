-- revision: 8c4d1e6f2b03
-- down_revision: 3f1a9c2b7d01
-- branch_labels: archive
-- message: archived flag on notes
-- create_date: 2026-11-25 12:02:00

-- retort:upgrade
ALTER TABLE notes ADD COLUMN archived BOOLEAN DEFAULT FALSE NOT NULL;

-- retort:downgrade
ALTER TABLE notes DROP COLUMN archived;
