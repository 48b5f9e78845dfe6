-- revision: tttt0001
-- down_revision:
-- message: a table

-- retort:upgrade
CREATE TABLE tampered (id INT PRIMARY KEY);

-- retort:downgrade
DROP TABLE tampered;
