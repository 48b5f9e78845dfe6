-- revision: ffff0003
-- down_revision: ffff0002
-- message: after the broken one

-- retort:upgrade
CREATE TABLE after_table (id INT PRIMARY KEY);

-- retort:downgrade
DROP TABLE after_table;
