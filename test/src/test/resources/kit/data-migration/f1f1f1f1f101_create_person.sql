-- revision: f1f1f1f1f101
-- down_revision:
-- message: create person

-- retort:upgrade
CREATE TABLE person (id INT PRIMARY KEY, name VARCHAR(50) NOT NULL, email VARCHAR(100));

-- retort:downgrade
DROP TABLE person;
