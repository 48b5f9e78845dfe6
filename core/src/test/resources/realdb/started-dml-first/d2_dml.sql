-- revision: dddd0002
-- down_revision: dddd0001
-- message: data first, then a failing statement

-- retort:upgrade
INSERT INTO base_table (id) VALUES (1);
INSERT INTO missing_table (id) VALUES (1);

-- retort:downgrade
DELETE FROM base_table;
