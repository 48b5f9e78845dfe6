-- revision: cccc0003
-- down_revision: cccc0002
-- message: third table

-- retort:upgrade
CREATE TABLE carried_three (id INT PRIMARY KEY);

-- retort:downgrade
DROP TABLE carried_three;
