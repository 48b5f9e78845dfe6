-- revision: mmmm0001
-- down_revision:
-- message: base tables

-- retort:upgrade
CREATE TABLE base_table (id INT PRIMARY KEY);
CREATE TABLE unlocked (id INT PRIMARY KEY);

-- retort:downgrade
DROP TABLE unlocked;
DROP TABLE base_table;
