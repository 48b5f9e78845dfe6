-- revision: ssss0002
-- down_revision: ssss0001
-- message: DDL first, data, then a failing statement

-- retort:upgrade
CREATE TABLE first_table (id INT PRIMARY KEY);
INSERT INTO first_table (id) VALUES (1);
INSERT INTO missing_table (id) VALUES (1);
CREATE TABLE never_table (id INT PRIMARY KEY);

-- retort:downgrade
DROP TABLE first_table;
