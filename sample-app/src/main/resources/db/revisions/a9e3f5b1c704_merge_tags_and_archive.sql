-- revision: a9e3f5b1c704
-- down_revision: 5b7e2d4c9a02, 8c4d1e6f2b03
-- message: merge tags and archive
-- create_date: 2026-11-25 12:03:00

-- retort:upgrade

-- retort:downgrade
