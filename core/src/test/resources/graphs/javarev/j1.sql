-- revision: j0000001
-- message: people

-- retort:upgrade
CREATE TABLE people (id INT PRIMARY KEY, name VARCHAR(50));
INSERT INTO people VALUES (1, 'ADA');

-- retort:downgrade
DROP TABLE people;
