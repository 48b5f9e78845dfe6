-- revision: ssss0003
-- down_revision: ssss0002
-- message: after the broken one

-- retort:upgrade
CREATE TABLE after_table (id INT PRIMARY KEY);
INSERT INTO after_table (id) VALUES (3);

-- retort:downgrade
DROP TABLE after_table;
