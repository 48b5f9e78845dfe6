-- revision: hhhh0001
-- down_revision:
-- message: two tables, a broken downgrade

-- retort:upgrade
CREATE TABLE one_table (id INT PRIMARY KEY);
CREATE TABLE two_table (id INT PRIMARY KEY);

-- retort:downgrade
DROP TABLE two_table;
DROP TABLE missing_table;
DROP TABLE one_table;
