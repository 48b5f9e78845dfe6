-- revision: 3adcc9a56557
-- down_revision: 1975ea83b712
-- message: add name

-- retort:upgrade
ALTER TABLE users ADD COLUMN name VARCHAR(100);

-- retort:downgrade
ALTER TABLE users DROP COLUMN name;
