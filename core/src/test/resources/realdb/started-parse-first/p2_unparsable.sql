-- revision: pppp0002
-- down_revision: pppp0001
-- message: a first statement that does not parse

-- retort:upgrade
CREATE TABLE broken_one (id INT,, name TEXT);
CREATE TABLE never_one (id INT PRIMARY KEY);

-- retort:downgrade
DROP TABLE never_one;
DROP TABLE broken_one;
