-- revision: pppp0001
-- down_revision:
-- message: base table

-- retort:upgrade
CREATE TABLE base_table (id INT PRIMARY KEY);

-- retort:downgrade
DROP TABLE base_table;
