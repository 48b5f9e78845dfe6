-- revision: 1a2b3c4d5eff
-- down_revision: 1a2b3c4d5e01
-- message: a statement that fails

-- retort:upgrade
INSERT INTO no_such_table (id) VALUES (1);

-- retort:downgrade
