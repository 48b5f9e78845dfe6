-- revision: gggg0002
-- down_revision: gggg0001
-- message: broken at statement one

-- retort:upgrade
INSERT INTO missing_table (id) VALUES (1);
CREATE TABLE never_table (id INT PRIMARY KEY);

-- retort:downgrade
DROP TABLE never_table;
