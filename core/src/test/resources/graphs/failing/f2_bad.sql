-- revision: f0000002
-- down_revision: f0000001
-- message: bad

-- retort:upgrade
CREATE TABLE partial_one (id INT PRIMARY KEY);
INSERT INTO partial_one VALUES (1);
INSERT INTO no_such_table VALUES (1);

-- retort:downgrade
DROP TABLE partial_one;
