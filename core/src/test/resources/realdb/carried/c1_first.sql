-- revision: cccc0001
-- down_revision:
-- message: first table

-- retort:upgrade
CREATE TABLE carried_one (id INT PRIMARY KEY);

-- retort:downgrade
DROP TABLE carried_one;
