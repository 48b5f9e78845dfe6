-- revision: ffff0002
-- down_revision: ffff0001
-- message: broken at statement three

-- retort:upgrade
CREATE TABLE first_table (id INT PRIMARY KEY);
CREATE TABLE second_table (id INT PRIMARY KEY);
INSERT INTO missing_table (id) VALUES (1);
CREATE TABLE never_table (id INT PRIMARY KEY);

-- retort:downgrade
DROP TABLE second_table;
DROP TABLE first_table;
