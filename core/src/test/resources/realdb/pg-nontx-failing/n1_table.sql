-- revision: nnnn0001
-- down_revision:
-- message: people

-- retort:upgrade
CREATE TABLE people (id INT PRIMARY KEY, email TEXT NOT NULL);

-- retort:downgrade
DROP TABLE people;
