-- revision: f0000001
-- message: good

-- retort:upgrade
CREATE TABLE good (id INT PRIMARY KEY);

-- retort:downgrade
DROP TABLE good;
